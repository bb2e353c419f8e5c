import { DataTable } from "@/components/ui/data-table";
import type { KpiTile } from "@/lib/kpi/queries";

const WIDTH = 320;
const HEIGHT = 160;
const BASELINE = 140;

/**
 * Eight quarters as bars drawn on the server (no JavaScript), with the target as a dashed line. The picture is
 * hidden from screen readers; the table beside it holds the same figures.
 */
export const KpiChart = ({ tile }: { tile: KpiTile }) => {
  const values = tile.history.map((point) => point.value ?? 0);
  const top = Math.max(...values, tile.target ?? 0, 1);
  const y = (value: number) => BASELINE - (value / top) * (BASELINE - 10);
  const step = WIDTH / tile.history.length;
  return (
    <section aria-labelledby={`chart-${tile.code}`} className="mb-8 break-inside-avoid">
      <h3 id={`chart-${tile.code}`} className="mb-2 text-lg font-bold">
        {tile.code} {tile.name}: last {tile.history.length} quarters
      </h3>
      <div className="grid gap-4 md:grid-cols-2">
        <svg aria-hidden="true" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full max-w-md">
          {tile.history.map((point, index) => (
            <g key={point.label}>
              {point.value !== null && (
                <rect
                  x={index * step + 4}
                  y={y(point.value)}
                  width={step - 8}
                  height={BASELINE - y(point.value)}
                  className="fill-green-800"
                />
              )}
              <text x={index * step + step / 2} y={HEIGHT - 4} textAnchor="middle" fontSize="10">
                {point.label.replace(/^Quarter (\d) (\d{4})\/\d\d$/, "Q$1 $2").slice(0, 7)}
              </text>
            </g>
          ))}
          <line x1="0" x2={WIDTH} y1={BASELINE} y2={BASELINE} stroke="#111827" />
          {tile.target !== null && (
            <line
              x1="0"
              x2={WIDTH}
              y1={y(tile.target)}
              y2={y(tile.target)}
              stroke="#111827"
              strokeDasharray="6 4"
              strokeWidth="2"
            />
          )}
        </svg>
        <DataTable
          caption={`${tile.name} by quarter${tile.target !== null ? "; the dashed line on the chart is the target" : ""}`}
          rowKey={(point) => point.label}
          rows={tile.history}
          columns={[
            { header: "Quarter", cell: (point) => point.label },
            { header: "Figure", cell: (point) => point.shown },
          ]}
        />
      </div>
    </section>
  );
};
