import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { EVENT_KIND_LABEL } from "@/lib/events/labels";
import { listStaffEvents } from "@/lib/events/queries";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Events" };

const StaffEventsPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const events = await listStaffEvents();
  return (
    <>
      <PageHeading>Events, meetings and training</PageHeading>
      <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href="/staff/events/new" className="font-bold">
            Add an event
          </Link>
        </li>
        <li>
          <Link href="/staff/events/courses">Training courses</Link>
        </li>
        <li>
          <Link href="/staff/events/figures">Figures for the board</Link>
        </li>
        <li>
          <Link href="/events">Public calendar</Link>
        </li>
      </ul>
      {events.length === 0 ? (
        <p>There are no events yet.</p>
      ) : (
        <DataTable
          caption="Events, latest first"
          rows={events}
          rowKey={(e) => e.id}
          columns={[
            { header: "Event", cell: (e) => <Link href={`/staff/events/${e.id}`}>{e.title}</Link> },
            { header: "Kind", cell: (e) => EVENT_KIND_LABEL[e.kind] },
            { header: "Starts", cell: (e) => formatDateTime(e.startsAt) },
            { header: "Area", cell: (e) => e.area?.name ?? "All areas" },
            {
              header: "Registered",
              cell: (e) =>
                e.capacity === null ? e._count.registrations : `${e._count.registrations} of ${e.capacity}`,
            },
            { header: "Attended", cell: (e) => e._count.attendances },
          ]}
        />
      )}
    </>
  );
};

export default StaffEventsPage;
