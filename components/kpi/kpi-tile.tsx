import type { KpiTile as Tile } from "@/lib/kpi/queries";
import type { Commentary } from "@/lib/kpi/commentary";
import { targetShown } from "@/lib/kpi/rules";
import { RagTag } from "./rag-tag";
import { SparkBars } from "./spark-bars";
import { TrendLine } from "./trend-line";

const BORDER: Record<Tile["rag"], string> = {
  RED: "border-red-800",
  AMBER: "border-amber-500",
  GREEN: "border-green-800",
  NO_TARGET: "border-gray-400",
  NO_DATA: "border-gray-400",
  IN_PROGRESS: "border-gray-400",
};

type Props = {
  tile: Tile;
  commentary?: Commentary;
  /** The board's definitions page for this quarter: the tile links to its KPI there rather than repeating it. */
  definitions: string;
};

/**
 * One KPI for one quarter: the figure, its target and status, how it moved, and why if it is off target. A plain
 * link, not next/link: thirty tiles of client links would each add to the page's payload.
 */
export const KpiTileCard = ({ tile, commentary, definitions }: Props) => (
  <article
    aria-labelledby={`kpi-${tile.code}`}
    className={`break-inside-avoid border-l-8 bg-white p-4 shadow-sm print:shadow-none ${BORDER[tile.rag]}`}
  >
    <h3 id={`kpi-${tile.code}`} className="text-lg font-bold">
      <span className="text-gray-700">{tile.code}</span> {tile.name}
      {tile.key && <span className="ml-2 text-sm font-normal">(key KPI)</span>}
    </h3>
    <p className="mt-1 text-3xl font-bold">{tile.shown}</p>
    <p>Target: {targetShown(tile.unit, tile.target)}</p>
    <div className="my-2 flex flex-wrap items-center gap-4">
      <RagTag rag={tile.rag} />
      <SparkBars tile={tile} />
    </div>
    <TrendLine label="Against last quarter" trend={tile.lastQuarter.trend} earlier={tile.lastQuarter.shown} />
    <TrendLine label="Against the same quarter last year" trend={tile.lastYear.trend} earlier={tile.lastYear.shown} />
    {commentary && (
      <dl className="mt-2 border-l-4 border-gray-400 pl-2">
        <dt className="font-bold">Why it is off target</dt>
        <dd>{commentary.reason}</dd>
        {commentary.action && (
          <>
            <dt className="font-bold">What is being done</dt>
            <dd>{commentary.action}</dd>
          </>
        )}
        {commentary.recoveryBy && (
          <>
            <dt className="font-bold">Expected back on target</dt>
            <dd>{commentary.recoveryBy}</dd>
          </>
        )}
      </dl>
    )}
    <p className="mt-2 text-sm">Source: {tile.provenance}</p>
    <p className="text-sm print:hidden">
      <a href={`${definitions}#kpi-${tile.code}`}>What {tile.code} measures</a>
    </p>
  </article>
);
