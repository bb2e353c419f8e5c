import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { RESPONSE_CHANNEL_LABEL } from "@/lib/consultations/labels";
import { REGISTRATION_STATUS_LABEL } from "@/lib/events/labels";
import { formatDate, formatDateTime } from "@/lib/format";
import { methodLabel } from "@/lib/surveys/labels";
import { GROUP_TYPE_LABEL, MEMBERSHIP_ROLE_LABEL } from "@/lib/people/labels";
import type { getCustomerProfile } from "@/lib/people/queries";
import { financialYearLabel } from "@/lib/uk-time";

type Profile = NonNullable<Awaited<ReturnType<typeof getCustomerProfile>>>;

const Part = ({
  title,
  empty,
  children,
  count,
}: {
  title: string;
  empty: string;
  count: number;
  children: React.ReactNode;
}) => (
  <div className="mb-8">
    <h3 className="mb-2 text-xl font-bold">{title}</h3>
    {count === 0 ? <p>{empty}</p> : children}
  </div>
);

/** Everything a customer has taken part in, so an officer on the phone sees the whole picture. */
export const InvolvementHistory = ({ customer }: { customer: Profile }) => {
  const events = [
    ...customer.eventRegistrations.map(({ id, status, event }) => ({
      id,
      event,
      place: REGISTRATION_STATUS_LABEL[status],
      attended: event.attendances.length > 0,
    })),
    ...customer.eventAttendances.map(({ event }) => ({
      id: `walk-in-${event.id}`,
      event,
      place: "Walked in",
      attended: true,
    })),
  ].sort((a, b) => b.event.startsAt.getTime() - a.event.startsAt.getTime());
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className="mb-4 text-2xl font-bold">
        Involvement history
      </h2>
      <Part title="Groups" empty="Not a member of any group yet." count={customer.memberships.length}>
        <DataTable
          caption="Groups this customer has belonged to"
          rows={customer.memberships}
          rowKey={(m) => m.id}
          columns={[
            { header: "Group", cell: (m) => <Link href={`/staff/groups/${m.group.id}`}>{m.group.name}</Link> },
            { header: "Type", cell: (m) => GROUP_TYPE_LABEL[m.group.type] },
            { header: "Role", cell: (m) => MEMBERSHIP_ROLE_LABEL[m.role] },
            { header: "From", cell: (m) => formatDate(m.startedOn) },
            { header: "To", cell: (m) => formatDate(m.endedOn, "Current") },
          ]}
        />
      </Part>
      <Part
        title="Consultations"
        empty="Has not answered a consultation."
        count={customer.consultationResponses.length}
      >
        <DataTable
          caption="Consultations this customer has answered"
          rows={customer.consultationResponses}
          rowKey={(r) => r.id}
          columns={[
            {
              header: "Consultation",
              cell: (r) => <Link href={`/staff/consultations/${r.consultation.id}`}>{r.consultation.title}</Link>,
            },
            { header: "How", cell: (r) => RESPONSE_CHANNEL_LABEL[r.channel] },
            { header: "When", cell: (r) => formatDateTime(r.submittedAt) },
          ]}
        />
      </Part>
      <Part title="Events" empty="Has not registered for or come to an event." count={events.length}>
        <DataTable
          caption="Events this customer registered for or came to"
          rows={events}
          rowKey={(e) => e.id}
          columns={[
            { header: "Event", cell: (e) => <Link href={`/staff/events/${e.event.id}`}>{e.event.title}</Link> },
            { header: "When", cell: (e) => formatDateTime(e.event.startsAt) },
            { header: "Place", cell: (e) => e.place },
            { header: "Came", cell: (e) => (e.attended ? "Yes" : "Not recorded") },
          ]}
        />
      </Part>
      <Part title="Training" empty="No training completed." count={customer.trainingCompletions.length}>
        <DataTable
          caption="Training this customer has completed"
          rows={customer.trainingCompletions}
          rowKey={(t) => t.id}
          columns={[
            { header: "Course", cell: (t) => t.course.title },
            { header: "Completed", cell: (t) => formatDate(t.completedAt) },
          ]}
        />
      </Part>
      <Part
        title="Satisfaction surveys"
        empty="Has not answered a satisfaction survey."
        count={customer.perceptionResponses.length}
      >
        <DataTable
          caption="Satisfaction surveys this customer has answered"
          rows={customer.perceptionResponses}
          rowKey={(p) => p.id}
          columns={[
            {
              header: "Survey",
              cell: (p) => <Link href={`/staff/measures/${p.round.id}`}>{financialYearLabel(p.round.year)}</Link>,
            },
            { header: "How", cell: (p) => methodLabel(p.method) },
          ]}
        />
      </Part>
    </section>
  );
};
