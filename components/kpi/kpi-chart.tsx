import { DataTable } from "@/components/ui/data-table";
import type { KpiTile } from "@/lib/kpi/queries";
import { CHART_KEY } from "@/lib/kpi/chart";
import { chartMarkup } from "@/lib/kpi/chart-markup";
import { RagTag } from "./rag-tag";

/**
 * Eight quarters as bars drawn on the server (no JavaScript), written as markup (lib/kpi/chart-markup.ts). The
 * picture is hidden from screen readers; the table beside it holds the same figures, targets and statuses, with the
 * same quarter labels.
 */
export const KpiChart = ({ tile, commentary }: { tile: KpiTile; commentary?: string }) => (
  <section aria-labelledby={`chart-${tile.code}`} className="mb-8 break-inside-avoid">
    <h3 id={`chart-${tile.code}`} className="mb-2 text-lg font-bold">
      {tile.code} {tile.name}: last {tile.history.length} quarters
    </h3>
    {commentary && (
      <p className="mb-2 max-w-3xl border-l-4 border-gray-400 pl-2">
        <strong>Commentary:</strong> {commentary}
      </p>
    )}
    <div className="grid gap-4 md:grid-cols-2">
      <div>
        <div dangerouslySetInnerHTML={{ __html: chartMarkup(tile, "h-auto w-full max-w-lg") }} />
        <p className="text-sm">{CHART_KEY} The dashed line is the year&apos;s target.</p>
      </div>
      <DataTable
        caption={`${tile.name} by quarter`}
        rowKey={(point) => point.label}
        rows={tile.history}
        columns={[
          { header: "Quarter", cell: (point) => point.label },
          { header: "Figure", cell: (point) => point.shown },
          { header: "Status", cell: (point) => <RagTag rag={point.rag} /> },
        ]}
      />
    </div>
  </section>
);
