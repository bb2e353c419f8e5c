import { count as counted } from "@/lib/format";
import { commentaryText, type Commentary } from "./commentary";
import type { KpiTile } from "./queries";
import { isException, RAG_LABEL, targetShown, trendDirection, type Rag } from "./rules";

/** The columns of a pack section's table, the same on screen and in the PDF. */
export const PACK_COLUMNS = [
  "KPI",
  "Target",
  "This quarter",
  "Last quarter",
  "Same quarter last year",
  "Trend",
  "Status",
  "Commentary",
] as const;

export const packRow = (tile: KpiTile, commentary: Commentary | undefined) => [
  `${tile.code} ${tile.name}${tile.key ? " (key KPI)" : ""}`,
  targetShown(tile.unit, tile.target),
  tile.shown,
  tile.lastQuarter.shown,
  tile.lastYear.shown,
  trendDirection(tile.lastQuarter.trend),
  RAG_LABEL[tile.rag],
  commentary ? commentaryText(commentary) : isException(tile.rag) ? "None given" : "",
];

type Counts = { onTarget: number; amber: number; red: number; other: number };

const count = (rags: Rag[]): Counts => ({
  onTarget: rags.filter((rag) => rag === "GREEN").length,
  amber: rags.filter((rag) => rag === "AMBER").length,
  red: rags.filter((rag) => rag === "RED").length,
  other: rags.filter((rag) => !isException(rag) && rag !== "GREEN").length,
});

/** The cover's headline: this quarter's statuses against last quarter's, from each KPI's own history. */
export const packHeadline = (tiles: KpiTile[]) => {
  const now = count(tiles.map((tile) => tile.rag));
  const before = count(tiles.map((tile) => tile.history.at(-2)?.rag ?? "NO_DATA"));
  const off = now.amber + now.red;
  const offBefore = before.amber + before.red;
  const change =
    off === offBefore
      ? `the same as last quarter (${offBefore})`
      : `${off > offBefore ? "up" : "down"} from ${offBefore} last quarter`;
  return {
    now,
    before,
    sentence: `${off} of ${tiles.length} KPIs are off target, ${change}: ${now.red} red and ${now.amber} amber; ${now.onTarget} on target.`,
  };
};

/** The scrutiny section's opening line, the same on screen and in the PDF. */
export const scrutinyHeadline = ({ open, overdue }: { open: number; overdue: number }) =>
  `${counted(open, "agreed action")} open, ${overdue} of them overdue.`;
