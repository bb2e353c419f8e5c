import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/ui/action-button";
import { AgeCountForm } from "@/components/reach/age-count-form";
import { getEventAgeCounts } from "@/lib/reach/event-age-counts";
import { setEventAgeCountsAction } from "./age-count-actions";
import { StaffPresentForm, UnnamedAttendeesForm, WalkInForm } from "@/components/events/attendance-forms";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getStaffEvent, listActiveStaff } from "@/lib/events/queries";
import { attendanceProblem } from "@/lib/events/rules";
import { count, formatDateTime, plural } from "@/lib/format";
import {
  addWalkInAction,
  recordCompletionAction,
  setStaffPresentAction,
  setUnnamedAttendeesAction,
  unmarkAttendedAction,
} from "./actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ marked?: string; unmarked?: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  await requireRole(AREA_ROLES.staff);
  const event = await getStaffEvent((await params).id);
  return { title: event ? `${event.title}: attendance` : "Attendance" };
};

/** The list at the door: built for a phone, one person per row with one big button. */
const AttendancePage = async ({ params, searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const { id } = await params;
  const [event, staff, query, ageCounts] = await Promise.all([
    getStaffEvent(id),
    listActiveStaff(),
    searchParams,
    getEventAgeCounts(id),
  ]);
  if (!event) notFound();
  const justMarked = event.attendances.find((a) => a.customer.id === query.marked)?.customer;
  const attended = new Map(event.attendances.map((a) => [a.customer.id, a]));
  const completedCustomers = new Set(event.completions.map((c) => c.customerId));
  const completedStaff = new Set(event.completions.map((c) => c.userId));
  const registered = event.registrations.filter((r) => r.status === "REGISTERED");
  const walkIns = event.attendances.filter((a) => a.walkIn);
  const named = event.attendances.length;
  const staffNames = new Map(staff.map((s) => [s.id, s.name]));
  const isTraining = Boolean(event.course);
  const heading = (
    <>
      <p className="mb-4">
        <Link href={`/staff/events/${event.id}`}>Back to {event.title}</Link>
      </p>
      <PageHeading caption={`${event.title}, ${formatDateTime(event.startsAt)}`}>Attendance</PageHeading>
    </>
  );
  const tooEarly = attendanceProblem(event, new Date());
  if (tooEarly) {
    return (
      <div className="max-w-2xl">
        {heading}
        <p>{tooEarly}</p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      {heading}
      {justMarked && (
        <Notice title={`${justMarked.firstName} ${justMarked.lastName} is marked as attended.`}>
          <ActionButton
            action={unmarkAttendedAction}
            fields={{ eventId: event.id, customerId: justMarked.id }}
            context={`marking ${justMarked.firstName} ${justMarked.lastName} as attended`}
          >
            Undo
          </ActionButton>
        </Notice>
      )}
      {query.unmarked && <Notice title="The attendance has been undone." />}
      <p className="mb-6 text-lg" aria-live="polite">
        <strong>{count(named + event.unnamedAttendees, "person", "people")}</strong> came: {named} named and{" "}
        {event.unnamedAttendees} {plural(event.unnamedAttendees, "who did not give a name", "who did not give names")}.
      </p>
      <h2 className="mb-2 text-2xl font-bold">Registered</h2>
      {registered.length === 0 ? (
        <p className="mb-8">Nobody has a place.</p>
      ) : (
        <ul className="mb-8 divide-y divide-gray-300 border-y border-gray-300">
          {registered.map(({ customer }) => {
            const name = `${customer.firstName} ${customer.lastName}`;
            return (
              <li key={customer.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <span>
                  <span className="font-bold">{name}</span> <span className="text-gray-700">{customer.reference}</span>
                </span>
                {attended.has(customer.id) ? (
                  <span className="flex flex-wrap items-center gap-3">
                    <span className="font-bold text-green-800">Attended</span>
                    <ActionButton
                      action={unmarkAttendedAction}
                      fields={{ eventId: event.id, customerId: customer.id }}
                      context={`attendance of ${name}`}
                    >
                      Undo
                    </ActionButton>
                  </span>
                ) : (
                  <ButtonLink kind="secondary" href={`/staff/events/${event.id}/attendance/confirm/${customer.id}`}>
                    Mark attended<span className="sr-only"> {name}</span>
                  </ButtonLink>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h2 className="mb-2 text-2xl font-bold">Walk-ins</h2>
      {walkIns.length > 0 && (
        <ul className="mb-4 list-disc pl-6">
          {walkIns.map(({ customer }) => (
            <li key={customer.id} className="mb-2">
              {customer.firstName} {customer.lastName} ({customer.reference}){" "}
              <ActionButton
                action={unmarkAttendedAction}
                fields={{ eventId: event.id, customerId: customer.id }}
                context={`walk-in ${customer.firstName} ${customer.lastName}`}
              >
                Undo
              </ActionButton>
            </li>
          ))}
        </ul>
      )}
      <div className="mb-8">
        <WalkInForm action={addWalkInAction} eventId={event.id} />
      </div>
      <div className="mb-8">
        <UnnamedAttendeesForm action={setUnnamedAttendeesAction} eventId={event.id} current={event.unnamedAttendees} />
      </div>
      <div className="mb-8">
        <AgeCountForm action={setEventAgeCountsAction} eventId={event.id} current={ageCounts} />
      </div>
      <h2 className="mb-2 text-2xl font-bold">Staff</h2>
      <div className="mb-8">
        <StaffPresentForm
          action={setStaffPresentAction}
          eventId={event.id}
          staff={staff.map((s) => ({ value: s.id, label: s.name }))}
          present={event.staff.map((s) => s.userId)}
        />
      </div>
      {isTraining && (
        <>
          <h2 className="mb-2 text-2xl font-bold">Completed the course: {event.course?.title}</h2>
          <p className="mb-2">Record everyone who attended and finished the course, tenants and staff.</p>
          <ul className="mb-8 divide-y divide-gray-300 border-y border-gray-300">
            {event.attendances.map(({ customer }) => (
              <li key={customer.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <span className="font-bold">
                  {customer.firstName} {customer.lastName}
                </span>
                {completedCustomers.has(customer.id) ? (
                  <span className="font-bold text-green-800">Completed</span>
                ) : (
                  <ActionButton
                    action={recordCompletionAction}
                    fields={{ eventId: event.id, customerId: customer.id }}
                    context={`${customer.firstName} ${customer.lastName}`}
                  >
                    Completed
                  </ActionButton>
                )}
              </li>
            ))}
            {event.staff.map(({ userId }) => (
              <li key={userId} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <span className="font-bold">{staffNames.get(userId) ?? "Former member of staff"} (staff)</span>
                {completedStaff.has(userId) ? (
                  <span className="font-bold text-green-800">Completed</span>
                ) : (
                  <ActionButton
                    action={recordCompletionAction}
                    fields={{ eventId: event.id, userId }}
                    context={staffNames.get(userId)}
                  >
                    Completed
                  </ActionButton>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
};

export default AttendancePage;
