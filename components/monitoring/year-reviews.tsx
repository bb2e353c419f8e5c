import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/format";
import type { AnnualMonitoringReport } from "@/lib/monitoring/annual-report";
import { OUTCOME_LABEL, periodLabel, RATING_LABEL } from "@/lib/monitoring/rules";

/** The group's review of each quarter and of the year, in order. */
export const MonitoringVerdictList = ({
  year,
  reviews,
}: {
  year: number;
  reviews: AnnualMonitoringReport["reviews"];
}) =>
  reviews.length === 0 ? (
    <p className="mb-10">The monitoring group has not reviewed any period of this year yet.</p>
  ) : (
    <div className="mb-10">
      <DataTable
        caption="The monitoring group's review of each period"
        rowKey={(row) => String(row.quarter)}
        rows={reviews}
        columns={[
          { header: "Period", cell: (row) => periodLabel(year, row.quarter) },
          {
            header: "Decision",
            cell: (row) =>
              row.outcome && row.decidedOn
                ? `${OUTCOME_LABEL[row.outcome]} ${formatDate(row.decidedOn)}`
                : "Not decided yet",
          },
          { header: "Rating", cell: (row) => (row.rating ? RATING_LABEL[row.rating] : "") },
          { header: "Note", cell: (row) => <span className="whitespace-pre-line">{row.outcomeNote}</span> },
        ]}
      />
    </div>
  );
