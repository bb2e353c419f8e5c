import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getStaffEvent } from "@/lib/events/queries";
import { formatDateTime } from "@/lib/format";
import { markAttendedAction } from "../../actions";

export const metadata: Metadata = { title: "Mark attended?" };

type Props = { params: Promise<{ id: string; customerId: string }> };

/** One tap at the door could tick the wrong name: this page names the person and the count before it changes. */
const ConfirmAttendancePage = async ({ params }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const { id, customerId } = await params;
  const event = await getStaffEvent(id);
  const registration = event?.registrations.find((r) => r.customer.id === customerId && r.status === "REGISTERED");
  if (!event || !registration) notFound();
  const list = `/staff/events/${event.id}/attendance`;
  if (event.attendances.some((a) => a.customer.id === customerId)) redirect(list);
  const { firstName, lastName, reference } = registration.customer;
  const came = event.attendances.length + event.unnamedAttendees;
  return (
    <div className="max-w-2xl">
      <PageHeading caption={`${event.title}, ${formatDateTime(event.startsAt)}`}>
        Mark {firstName} {lastName} as attended?
      </PageHeading>
      <ul className="mb-4 list-disc space-y-1 pl-6">
        <li>
          {firstName} {lastName} ({reference}) will be counted as 1 more person who came: {came} so far, {came + 1}{" "}
          after this.
        </li>
        <li>
          It goes into the event figures the board sees. If it is a mistake, you can undo it on the attendance list.
        </li>
      </ul>
      <ConfirmForm
        action={markAttendedAction}
        fields={{ eventId: event.id, customerId }}
        confirm="Yes, mark attended"
        cancelHref={list}
      />
    </div>
  );
};

export default ConfirmAttendancePage;
