import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/ui/action-button";
import { EventFacts } from "@/components/events/event-facts";
import { RegistrationForm } from "@/components/events/registration-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { REGISTRATION_STATUS_LABEL } from "@/lib/events/labels";
import { getStaffEvent, type StaffEvent } from "@/lib/events/queries";
import { formatDateTime } from "@/lib/format";
import { cancelForCustomerAction, registerCustomerAction, sendRemindersAction } from "./actions";

export const metadata: Metadata = { title: "Event" };

const needsText = (r: StaffEvent["registrations"][number]) =>
  [
    r.needsTransport && "transport",
    r.needsHearingLoop && "hearing loop",
    r.interpreterLanguage && `interpreter (${r.interpreterLanguage})`,
    r.dietaryNeeds && `food: ${r.dietaryNeeds}`,
  ]
    .filter(Boolean)
    .join(", ") || "None";

const StaffEventPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  await requireRole(AREA_ROLES.staff);
  const event = await getStaffEvent((await params).id);
  if (!event) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/events">Back to events</Link>
      </p>
      <PageHeading caption="Event">{event.title}</PageHeading>
      <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={`/staff/events/${event.id}/edit`}>Change the event</Link>
        </li>
        <li>
          <Link href={`/staff/events/${event.id}/attendance`}>Attendance at the door</Link>
        </li>
        <li>
          <Link href={`/events/${event.id}`}>Public page</Link>
        </li>
      </ul>
      <EventFacts event={event} />
      <h2 className="mb-2 text-2xl font-bold">Reminders</h2>
      <p className="mb-2">
        {event.remindersSentAt ? `Reminders last sent ${formatDateTime(event.remindersSentAt)}.` : "No reminders sent yet."} Reminders
        go by email to people with a place who have agreed to email.
      </p>
      <div className="mb-8">
        <ActionButton action={sendRemindersAction} fields={{ eventId: event.id }}>Send reminders</ActionButton>
      </div>
      <h2 className="mb-2 text-2xl font-bold">Registrations</h2>
      {event.registrations.length === 0 ? (
        <p className="mb-8">Nobody has registered yet.</p>
      ) : (
        <div className="mb-8">
          <DataTable
            caption="People registered and waiting"
            rows={event.registrations}
            rowKey={(r) => r.id}
            columns={[
              { header: "Name", cell: (r) => <Link href={`/staff/customers/${r.customer.id}`}>{`${r.customer.firstName} ${r.customer.lastName}`}</Link> },
              { header: "Reference", cell: (r) => r.customer.reference },
              { header: "Status", cell: (r) => REGISTRATION_STATUS_LABEL[r.status] },
              { header: "Support needed", cell: needsText },
              {
                header: "Action",
                cell: (r) => (
                  <ActionButton
                    action={cancelForCustomerAction}
                    fields={{ registrationId: r.id }}
                    context={`registration of ${r.customer.firstName} ${r.customer.lastName}`}
                  >
                    Cancel
                  </ActionButton>
                ),
              },
            ]}
          />
        </div>
      )}
      <h2 className="mb-2 text-2xl font-bold">Register a customer</h2>
      <div className="max-w-2xl">
        <RegistrationForm action={registerCustomerAction} eventId={event.id} needs={{ needsTransport: false, needsHearingLoop: false }} forCustomer />
      </div>
    </>
  );
};

export default StaffEventPage;
