import { DataTable } from "@/components/ui/data-table";
import type { ReachSummary } from "@/lib/reach/summary";

const percent = (value: number | null) => (value === null ? "hidden" : `${value}%`);

/** Shares of those involved beside shares of customers, for each dimension: no counts of people. */
export const ReachSummaryTables = ({ summary, headingLevel = 2 }: { summary: ReachSummary; headingLevel?: 2 | 3 }) => {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return summary.dimensions.map((dimension) => (
    <section key={dimension.key} aria-labelledby={`summary-${dimension.key}`} className="mb-8">
      <Heading id={`summary-${dimension.key}`} className="mb-2 text-xl font-bold">
        {dimension.label}
      </Heading>
      <DataTable
        caption={`${dimension.label}: share of people involved and of all customers, ${summary.period}`}
        rows={dimension.rows}
        rowKey={(row) => row.value || "none"}
        columns={[
          { header: "Group", cell: (row) => row.label },
          { header: "Share of people involved", cell: (row) => percent(row.involvedShare) },
          { header: "Share of customers", cell: (row) => percent(row.customerShare) },
        ]}
      />
    </section>
  ));
};

/** The seldom-heard groups in words (the board pack keeps only these, not every dimension). */
export const SeldomHeardList = ({ summary }: { summary: Pick<ReachSummary, "seldomHeard" | "gapPoints"> }) =>
  summary.seldomHeard.length === 0 ? (
    <p className="mb-8">No group is under-represented by {summary.gapPoints} percentage points or more.</p>
  ) : (
    <ul className="mb-8 list-disc space-y-1 pl-6">
      {summary.seldomHeard.map((row) => (
        <li key={row.key}>
          {row.dimension}: {row.label} ({percent(row.customerShare)} of customers, {percent(row.involvedShare)} of those
          involved)
        </li>
      ))}
    </ul>
  );
