import type { KpiTile } from "@/lib/kpi/queries";
import { buildChart, tenth } from "@/lib/kpi/chart";

/** A tile's eight quarters at a glance, coloured by each quarter's status; the trend is also in words beside it. */
export const SparkBars = ({ tile }: { tile: KpiTile }) => {
  const chart = buildChart(tile.history, tile.unit, { width: 160, height: 40 });
  // Only the bars: the small picture has no room for an axis; the trends page has the full chart.
  const bottom = chart.height - 2;
  const scale = (bottom - 2) / (chart.plot.bottom - chart.plot.top);
  return (
    <svg aria-hidden="true" viewBox={`0 0 ${chart.width} ${chart.height}`} className="h-10 w-40" data-spark={tile.code}>
      {chart.bars.map((bar, index) =>
        bar.y === null ? null : (
          <rect
            key={bar.label}
            x={index * 20 + 2}
            y={tenth(bottom - bar.height * scale)}
            width={16}
            height={tenth(Math.max(bar.height * scale, 1))}
            fill={bar.fill}
            data-status={bar.rag}
          />
        ),
      )}
      <line x1="0" x2={chart.width} y1={bottom} y2={bottom} stroke="#111827" />
    </svg>
  );
};
