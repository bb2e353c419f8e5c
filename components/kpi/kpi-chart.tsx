import { DataTable } from "@/components/ui/data-table";
import type { KpiTile } from "@/lib/kpi/queries";
import { buildChart, CHART_KEY } from "@/lib/kpi/chart";
import { RagTag } from "./rag-tag";

/** The chart itself: bars coloured and marked by their own quarter's status, the target, and a value axis. */
const ChartPicture = ({ tile }: { tile: KpiTile }) => {
  const chart = buildChart(tile.history, tile.unit);
  const { plot } = chart;
  return (
    <svg
      aria-hidden="true"
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      className="h-auto w-full max-w-lg"
      data-chart={tile.code}
    >
      {chart.ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke="#d1d5db" />
          <text x={plot.left - 4} y={tick.y + 3} textAnchor="end" fontSize="10" fill="#111827">
            {tick.label}
          </text>
        </g>
      ))}
      {chart.bars.map((bar, index) => {
        const next = chart.bars[index + 1];
        const [quarter, year] = bar.label.split(" ");
        return (
          <g key={bar.label}>
            {bar.y !== null && (
              <>
                <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={bar.fill} data-status={bar.rag} />
                <text x={bar.x + bar.width / 2} y={bar.y - 3} textAnchor="middle" fontSize="10" fontWeight="bold">
                  {bar.mark}
                </text>
              </>
            )}
            {bar.targetY !== null && (
              <line
                x1={bar.x - 4}
                x2={next ? next.x - 4 : plot.right}
                y1={bar.targetY}
                y2={bar.targetY}
                stroke="#111827"
                strokeDasharray="5 3"
                strokeWidth="2"
              />
            )}
            <text x={bar.x + bar.width / 2} y={plot.bottom + 12} textAnchor="middle" fontSize="10" fill="#111827">
              {quarter}
            </text>
            <text x={bar.x + bar.width / 2} y={plot.bottom + 24} textAnchor="middle" fontSize="10" fill="#111827">
              {year}
            </text>
          </g>
        );
      })}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#111827" />
      <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke="#111827" />
      {chart.targetLabel && chart.bars.at(-1)?.targetY != null && (
        <text x={plot.right + 4} y={(chart.bars.at(-1)?.targetY ?? 0) + 3} fontSize="10" fill="#111827">
          {chart.targetLabel}
        </text>
      )}
    </svg>
  );
};

/**
 * Eight quarters as bars drawn on the server (no JavaScript). The picture is hidden from screen readers; the table
 * beside it holds the same figures, targets and statuses, with the same quarter labels.
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
        <ChartPicture tile={tile} />
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
