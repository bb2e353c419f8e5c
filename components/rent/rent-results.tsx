import { DataTable } from "@/components/ui/data-table";
import type { OptionResult } from "@/lib/rent/rules";

/** How many tenants chose each option, for officers and for the board deciding. */
export const RentResults = ({ results, caption }: { results: OptionResult[]; caption: string }) => {
  const total = results.reduce((sum, option) => sum + option.votes, 0);
  return (
    <DataTable
      caption={caption}
      rowKey={(option) => option.label}
      rows={results}
      columns={[
        { header: "Option", cell: (option) => option.text },
        { header: "Tenants who chose it", cell: (option) => option.votes.toLocaleString("en-GB") },
        {
          header: "Share",
          cell: (option) => (total > 0 ? `${Math.round((option.votes / total) * 100)}%` : "No answers yet"),
        },
      ]}
    />
  );
};
