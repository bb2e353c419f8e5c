import { DataTable } from "@/components/ui/data-table";
import { SMALL_NUMBER_THRESHOLD, type SuppressedCount } from "@/lib/people/equality";

/** Equality counts with small numbers already hidden (null), shown as "fewer than 5". */
export const SuppressedCountsTable = ({
  caption,
  countHeader,
  rows,
}: {
  caption: string;
  countHeader: string;
  rows: SuppressedCount[];
}) => (
  <DataTable
    caption={caption}
    rows={rows}
    rowKey={(row) => row.answer}
    columns={[
      { header: "Answer", cell: (row) => row.answer },
      { header: countHeader, cell: (row) => (row.count === null ? `fewer than ${SMALL_NUMBER_THRESHOLD}` : row.count) },
    ]}
  />
);
