import { DataTable } from "@/components/ui/data-table";
import type { KpiTile } from "@/lib/kpi/queries";
import { targetShown, trendWords } from "@/lib/kpi/rules";
import { RagTag } from "./rag-tag";
import { ScrollRegion } from "./scroll-region";

/** The quarter's KPIs as one printable table, for reports that list them rather than show tiles. */
export const KpiTable = ({ caption, tiles }: { caption: string; tiles: KpiTile[] }) => (
  <ScrollRegion label={caption}>
    <DataTable
      caption={caption}
      rowKey={(tile) => tile.code}
      rows={tiles}
      columns={[
        { header: "KPI", cell: (tile) => `${tile.code} ${tile.name}` },
        { header: "Figure", cell: (tile) => tile.shown },
        { header: "Target", cell: (tile) => targetShown(tile.unit, tile.target) },
        { header: "Status", cell: (tile) => <RagTag rag={tile.rag} /> },
        { header: "Against last quarter", cell: (tile) => trendWords(tile.lastQuarter.trend, tile.lastQuarter.shown) },
      ]}
    />
  </ScrollRegion>
);
