import { DataTable } from "@/components/ui/data-table";
import type { Commentary } from "@/lib/kpi/commentary";
import { PACK_COLUMNS, packRow } from "@/lib/kpi/pack-rows";
import type { KpiTile } from "@/lib/kpi/queries";
import { RagTag } from "./rag-tag";

/** A pack section's KPIs as the board paper's table, the same columns as the PDF's. */
export const PackTable = ({
  caption,
  tiles,
  commentary,
}: {
  caption: string;
  tiles: KpiTile[];
  commentary: Record<string, Commentary>;
}) => (
  <DataTable
    caption={caption}
    rowKey={(tile) => tile.code}
    rows={tiles}
    columns={PACK_COLUMNS.map((header, index) => ({
      header,
      cell: (tile: KpiTile) =>
        header === "Status" ? <RagTag rag={tile.rag} /> : packRow(tile, commentary[tile.code])[index],
      className: header === "Commentary" ? "min-w-64" : undefined,
    }))}
  />
);
