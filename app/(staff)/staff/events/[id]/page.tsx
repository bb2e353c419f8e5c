import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/ui/action-button";
import { EventFacts } from "@/components/events/event-facts";
import { RegistrationForm } from "@/components/events/registration-form";
import { DataTable } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/page-heading";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/form-state";
import { ZFindCustomer } from "@/lib/events/schemas";
import { searchCustomers } from "@/lib/people/queries";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { REGISTRATION_STATUS_LABEL } from "@/lib/events/labels";
import { getStaffEvent, type StaffEvent } from "@/lib/events/queries";
import { formatDateTime } from "@/lib/format";
import { cancelForCustomerAction, registerCustomerAction, sendRemindersAction } from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  await requireRole(AREA_ROLES.staff);
  const event = await getStaffEvent((await params).id);
  return { title: event ? `${event.title}: event` : "Event" };
};

const FIND_SHOWN = 10;

const needsText = (r: StaffEvent["registrations"][number]) =>
  [
    r.needsTransport && "transport",
    r.needsHearingLoop && "hearing loop",
    r.interpreterLanguage && `interpreter (${r.interpreterLanguage})`,
    r.dietaryNeeds && `food: ${r.dietaryNeeds}`,
  ]
    .filter(Boolean)
    .join(", ") || "None";

const StaffEventPage = async ({ params, searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const [event, query] = await Promise.all([
    getStaffEvent((await params).id),
    searchParams.then((value) => ZFindCustomer.parse(value)),
  ]);
  if (!event) notFound();
  // Staff taking a booking by phone often have a name, not a reference: a GET search finds them without JavaScript.
  const found = query.find ? await searchCustomers({ q: query.find, page: 1 }) : null;
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
        {event.remindersSentAt
          ? `Reminders last sent ${formatDateTime(event.remindersSentAt)}.`
          : "No reminders sent yet."}{" "}
        Reminders go by email to people with a place who have agreed to email.
      </p>
      {/* A reminder is for an event still to come: once it has started there is nothing to remind anyone of. */}
      {event.startsAt > new Date() ? (
        <div className="mb-8">
          <ActionButton action={sendRemindersAction} fields={{ eventId: event.id }}>
            Send reminders
          </ActionButton>
        </div>
      ) : (
        <p className="mb-8">This event has started, so no more reminders can be sent.</p>
      )}
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
              {
                header: "Name",
                cell: (r) => (
                  <Link
                    href={`/staff/customers/${r.customer.id}`}
                  >{`${r.customer.firstName} ${r.customer.lastName}`}</Link>
                ),
              },
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
      <h2 id="register" className="mb-2 text-2xl font-bold">
        Register a customer
      </h2>
      <div className="max-w-2xl">
        <FilterForm label="Find a customer to register" submit="Find" layout="flex flex-wrap items-end gap-4">
          <TextField
            name="find"
            label="Find the customer by name or reference"
            defaultValue={query.find}
            width="medium"
            state={IDLE}
          />
        </FilterForm>
        {found && (
          <div className="mb-6" role="status">
            <p className="mb-2">
              {found.total === 0
                ? `No customer matches “${query.find}”.`
                : `${found.total} ${found.total === 1 ? "customer matches" : "customers match"} “${query.find}”${found.total > FIND_SHOWN ? `; the first ${FIND_SHOWN} are shown` : ""}.`}
            </p>
            <ul className="space-y-1">
              {found.customers.slice(0, FIND_SHOWN).map((customer) => (
                <li key={customer.id}>
                  <Link href={`/staff/events/${event.id}?customer=${customer.reference}#register`}>
                    Choose {customer.firstName} {customer.lastName} ({customer.reference})
                  </Link>
                  {customer.home && ` ${customer.home.addressLine1}, ${customer.home.postcode}`}
                </li>
              ))}
            </ul>
          </div>
        )}
        <RegistrationForm
          action={registerCustomerAction}
          eventId={event.id}
          needs={{ needsTransport: false, needsHearingLoop: false }}
          forCustomer
          reference={query.customer}
        />
      </div>
    </>
  );
};

export default StaffEventPage;
