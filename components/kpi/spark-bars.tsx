import type { KpiTile } from "@/lib/kpi/queries";
import { buildChart, tenth } from "@/lib/kpi/chart";

/**
 * A tile's eight quarters at a glance, coloured by each quarter's status; the trend is also in words beside it.
 * One path per status rather than a rectangle per quarter: a dashboard has thirty of these, each written twice
 * into the page (HTML and payload).
 */
export const SparkBars = ({ tile }: { tile: KpiTile }) => {
  const chart = buildChart(tile.history, tile.unit, { width: 160, height: 40 });
  // Only the bars: the small picture has no room for an axis; the trends page has the full chart.
  const bottom = chart.height - 2;
  const scale = (bottom - 2) / (chart.plot.bottom - chart.plot.top);
  const paths = new Map<string, { rag: string; d: string }>();
  chart.bars.forEach((bar, index) => {
    if (bar.y === null) return;
    const height = tenth(Math.max(bar.height * scale, 1));
    const path = paths.get(bar.fill) ?? { rag: bar.rag, d: "" };
    path.d += `M${index * 20 + 2} ${tenth(bottom - height)}h16v${height}h-16z`;
    paths.set(bar.fill, path);
  });
  return (
    <svg aria-hidden="true" viewBox={`0 0 ${chart.width} ${chart.height}`} className="h-10 w-40" data-spark={tile.code}>
      {[...paths].map(([fill, { rag, d }]) => (
        <path key={fill} d={d} fill={fill} data-status={rag} />
      ))}
      <line x1="0" x2={chart.width} y1={bottom} y2={bottom} stroke="#111827" />
    </svg>
  );
};
