import { DataTable } from "@/components/ui/data-table";
import type { KpiTile } from "@/lib/kpi/queries";
import { buildChart, CHART_KEY } from "@/lib/kpi/chart";
import { RagTag } from "./rag-tag";

/**
 * The chart itself: bars coloured and marked by their own quarter's status, the target, and a value axis. Text takes
 * its size, colour and alignment from the groups around it and each set of lines is one path: the pack draws thirty
 * of these, each written twice into the page (HTML and payload).
 */
const ChartPicture = ({ tile }: { tile: KpiTile }) => {
  const chart = buildChart(tile.history, tile.unit);
  const { plot } = chart;
  const grid = chart.ticks.map((tick) => `M${plot.left} ${tick.y}H${plot.right}`).join("");
  const target = chart.bars
    .map((bar, index) => {
      const next = chart.bars[index + 1];
      return bar.targetY === null ? "" : `M${bar.x - 4} ${bar.targetY}H${next ? next.x - 4 : plot.right}`;
    })
    .join("");
  const lastTargetY = chart.bars.at(-1)?.targetY;
  return (
    <svg
      aria-hidden="true"
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      className="h-auto w-full max-w-lg"
      data-chart={tile.code}
      fontSize="10"
      fill="#111827"
    >
      <path d={grid} fill="none" stroke="#d1d5db" />
      <g textAnchor="end">
        {chart.ticks.map((tick) => (
          <text key={tick.value} x={plot.left - 4} y={tick.y + 3}>
            {tick.label}
          </text>
        ))}
      </g>
      <g textAnchor="middle">
        {chart.bars.map((bar) => {
          const [quarter, year] = bar.label.split(" ");
          const middle = bar.x + bar.width / 2;
          return (
            <g key={bar.label}>
              {bar.y !== null && (
                <>
                  <rect
                    x={bar.x}
                    y={bar.y}
                    width={bar.width}
                    height={bar.height}
                    fill={bar.fill}
                    data-status={bar.rag}
                  />
                  <text x={middle} y={bar.y - 3} fontWeight="bold">
                    {bar.mark}
                  </text>
                </>
              )}
              <text x={middle} y={plot.bottom + 12}>
                {quarter}
              </text>
              <text x={middle} y={plot.bottom + 24}>
                {year}
              </text>
            </g>
          );
        })}
      </g>
      {target && <path d={target} fill="none" stroke="#111827" strokeDasharray="5 3" strokeWidth="2" />}
      <path d={`M${plot.left} ${plot.top}V${plot.bottom}H${plot.right}`} fill="none" stroke="#111827" />
      {chart.targetLabel && lastTargetY != null && (
        <text x={plot.right + 4} y={lastTargetY + 3}>
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
