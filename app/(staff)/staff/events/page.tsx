import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/ui/pager";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { EVENT_KIND_LABEL } from "@/lib/events/labels";
import { listStaffEvents } from "@/lib/events/queries";
import { count, formatDateTime } from "@/lib/format";
import { ZPage } from "@/lib/paging";

export const metadata: Metadata = { title: "Events" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const StaffEventsPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const { rows: events, total, page, pages } = await listStaffEvents(ZPage.parse((await searchParams).page));
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
      {total === 0 ? (
        <p>There are no events yet.</p>
      ) : (
        <>
          <p className="mb-2">{count(total, "event")} in all.</p>
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
          <Pager label="Event pages" path="/staff/events" page={page} pages={pages} />
        </>
      )}
    </>
  );
};

export default StaffEventsPage;
