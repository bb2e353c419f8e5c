import { DataTable } from "@/components/ui/data-table";
import { SMALL_NUMBER_THRESHOLD } from "@/lib/people/equality";
import type { ProfileDimension } from "@/lib/reach/profile";

const HIDDEN = `fewer than ${SMALL_NUMBER_THRESHOLD}`;
const percent = (value: number | null) => (value === null ? "hidden" : `${value}%`);
const points = (gap: number | null) =>
  gap === null
    ? "hidden"
    : gap === 0
      ? "0"
      : `${gap > 0 ? "+" : "−"}${Math.abs(gap)} ${Math.abs(gap) === 1 ? "point" : "points"}`;

/** One dimension of the involvement profile: those involved beside all customers, small numbers hidden. */
export const ProfileTable = ({ dimension, period }: { dimension: ProfileDimension; period: string }) => (
  <section aria-labelledby={`dimension-${dimension.key}`} className="mb-8">
    <h3 id={`dimension-${dimension.key}`} className="mb-2 text-xl font-bold">
      {dimension.label}
    </h3>
    {dimension.note && <p className="mb-2 max-w-2xl">{dimension.note}</p>}
    <DataTable
      caption={`${dimension.label}: people involved in ${period} compared with all customers`}
      rows={dimension.rows}
      rowKey={(row) => row.value || "none"}
      columns={[
        { header: "Group", cell: (row) => (row.seldomHeard ? <strong>{row.label} (seldom heard)</strong> : row.label) },
        { header: "Involved", cell: (row) => row.involved ?? HIDDEN },
        { header: "Share of involved", cell: (row) => percent(row.involvedShare) },
        { header: "Customers", cell: (row) => row.customers ?? HIDDEN },
        { header: "Share of customers", cell: (row) => percent(row.customerShare) },
        { header: "Gap", cell: (row) => points(row.gap) },
      ]}
    />
  </section>
);
