import { DataTable } from "@/components/ui/data-table";
import { formatPence, remainingPence } from "@/lib/budget/rules";
import type { BudgetSummary } from "@/lib/budget/queries";

/** The year's budget by category with committed, spent and what is left, and the year's total as the last row. */
export const BudgetTable = ({ summary, caption }: { summary: BudgetSummary; caption: string }) => (
  <DataTable
    caption={caption}
    rowKey={(row) => row.label}
    rows={[...summary.categories, { ...summary.total, label: "Total" }]}
    columns={[
      { header: "Category", cell: (row) => row.label },
      { header: "Budget", cell: (row) => formatPence(row.budgetPence) },
      { header: "Committed", cell: (row) => formatPence(row.committedPence) },
      { header: "Spent", cell: (row) => formatPence(row.spentPence) },
      {
        header: "Left",
        cell: (row) => {
          const left = remainingPence(row);
          return left < 0 ? `${formatPence(-left)} over` : formatPence(left);
        },
      },
    ]}
  />
);
