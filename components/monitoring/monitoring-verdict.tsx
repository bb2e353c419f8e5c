import { StatusTag } from "@/components/strategy/status-tag";
import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/format";
import type { getMonitoringVerdict } from "@/lib/monitoring/queries";
import { OUTCOME_LABEL, RATING_LABEL } from "@/lib/monitoring/rules";

type Verdict = NonNullable<Awaited<ReturnType<typeof getMonitoringVerdict>>>;

/** The monitoring group's decision and its rating of each action, beside the officers' own status. */
export const MonitoringVerdict = ({ verdict, period }: { verdict: Verdict | null; period: string }) => {
  if (!verdict) return <p className="mb-10">The monitoring group has not reviewed {period} yet.</p>;
  return (
    <div className="mb-10">
      <p className="mb-2">
        {verdict.outcome && verdict.decidedOn
          ? `${verdict.group.name}: ${OUTCOME_LABEL[verdict.outcome]} on ${formatDate(verdict.decidedOn)}, rated ${RATING_LABEL[verdict.rating ?? "ON_TRACK"].toLowerCase()}.`
          : `${verdict.group.name} is reviewing ${period}; it has not signed it off or referred it yet.`}
      </p>
      {verdict.outcomeNote && <p className="mb-4 max-w-3xl whitespace-pre-line">{verdict.outcomeNote}</p>}
      {verdict.notes.length > 0 && (
        <DataTable
          caption="The monitoring group's rating of each action, beside the officers' status"
          rowKey={(row) => row.actionId}
          rows={verdict.notes}
          columns={[
            { header: "Priority", cell: (row) => row.action.priority.number },
            { header: "Action", cell: (row) => row.action.title },
            { header: "Officers' status", cell: (row) => <StatusTag status={row.action.status} /> },
            { header: "Group's rating", cell: (row) => RATING_LABEL[row.rating] },
            { header: "Group's comment", cell: (row) => <span className="whitespace-pre-line">{row.comment}</span> },
          ]}
        />
      )}
    </div>
  );
};
