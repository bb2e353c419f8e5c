import { StatusTag } from "@/components/strategy/status-tag";
import { DataTable } from "@/components/ui/data-table";
import { ScrollRegion } from "./scroll-region";
import { formatDate } from "@/lib/format";
import type { PackStrategy } from "@/lib/kpi/pack";

/** The strategy action plan page of the pack, from the frozen or live figures. */
export const PackStrategySection = ({ strategy }: { strategy: PackStrategy | null }) => {
  if (!strategy) return <p>There is no approved strategy to report on.</p>;
  return (
    <>
      <p className="mb-4">{strategy.title}</p>
      {!strategy.hasPlan && <p className="mb-4">There is no action plan for this year.</p>}
      {strategy.progress.length > 0 && (
        <ScrollRegion label="Actions by priority" className="mb-6">
          <DataTable
            caption="Actions by priority"
            rowKey={(row) => String(row.number)}
            rows={strategy.progress}
            columns={[
              { header: "Priority", cell: (row) => `${row.number}: ${row.title}` },
              { header: "Actions", cell: (row) => row.total },
              { header: "Complete", cell: (row) => row.counts.COMPLETE ?? 0 },
              {
                header: "At risk or off track",
                cell: (row) => (row.counts.AT_RISK ?? 0) + (row.counts.OFF_TRACK ?? 0),
              },
            ]}
          />
        </ScrollRegion>
      )}
      <h3 className="mb-2 text-xl font-bold">Actions at risk, off track or overdue</h3>
      {strategy.exceptions.length === 0 ? (
        <p>No actions are at risk, off track or overdue.</p>
      ) : (
        <ScrollRegion label="Strategy actions that are exceptions">
          <DataTable
            caption="Strategy actions that are exceptions"
            rowKey={(row) => `${row.priority}-${row.title}`}
            rows={strategy.exceptions}
            columns={[
              { header: "Action", cell: (row) => `Priority ${row.priority}: ${row.title}` },
              { header: "Owner", cell: (row) => row.owner },
              {
                header: "Target date",
                cell: (row) => `${formatDate(new Date(row.targetOn))}${row.overdue ? " (overdue)" : ""}`,
              },
              { header: "Status", cell: (row) => <StatusTag status={row.status} /> },
            ]}
          />
        </ScrollRegion>
      )}
    </>
  );
};
