import { db } from "@/lib/db";
import type { ActionStatus, KpiSection, Regime } from "@/lib/generated/prisma/enums";
import { getLandlord } from "@/lib/landlord/queries";
import { getQuarterReport } from "@/lib/strategy/queries";
import { isOverdue } from "@/lib/strategy/rules";
import { readCommentary, type Commentary } from "./commentary";
import {
  packFeedback,
  packQuestions,
  packReach,
  packScrutiny,
  type PackFeedback,
  type PackQuestion,
  type PackReach,
  type PackScrutiny,
} from "./pack-extras";
import { getKpiTiles, type KpiTile } from "./queries";
import { isException, quarterLongLabel } from "./rules";
import type { Quarter } from "@/lib/uk-time";

export type PackStrategy = {
  title: string;
  hasPlan: boolean;
  progress: { number: number; title: string; total: number; counts: Partial<Record<ActionStatus, number>> }[];
  exceptions: {
    priority: number;
    title: string;
    owner: string;
    targetOn: string;
    status: ActionStatus;
    overdue: boolean;
  }[];
};

/** Everything the pack shows, as plain JSON: what is stored, frozen, when the pack is presented. */
export type PackContent = {
  landlordName: string;
  regime: Regime;
  period: Quarter & { label: string };
  preparedOn: string;
  tiles: KpiTile[];
  strategy: PackStrategy | null;
  commentary: Record<string, Commentary>;
  /** Sections added with the board paper (issue 23): absent from packs presented before it. */
  questions?: PackQuestion[];
  scrutiny?: PackScrutiny;
  feedback?: PackFeedback;
  /** Who takes part (issue 28): absent from packs presented before it. */
  reach?: PackReach;
  /** Who chaired the meeting, its date and minute; `unexplained` says why any exception went without commentary. */
  signOff: { signedOffBy: string; signedOffOn: string; minuteRef: string; unexplained?: string | null } | null;
};

export type PackPage = { key: KpiSection | "STRATEGY"; title: string };

/** One page each, in the order boards read them. */
export const PACK_PAGES: PackPage[] = [
  { key: "INVOLVEMENT", title: "Involvement" },
  { key: "SATISFACTION", title: "Tenant satisfaction" },
  { key: "COMPLAINTS", title: "Complaints" },
  { key: "SERVICE_STANDARDS", title: "Service standards" },
  { key: "HOMES", title: "Homes: safety and repairs" },
  { key: "STRATEGY", title: "Strategy action plan" },
  { key: "BUDGET", title: "Involvement budget" },
];

const packStrategy = async (quarter: Quarter, now: Date): Promise<PackStrategy | null> => {
  const report = await getQuarterReport(quarter.year, quarter.quarter, now);
  if (!report) return null;
  return {
    title: report.strategy.title,
    hasPlan: report.hasPlan,
    progress: report.progress.map(({ number, title, total, counts }) => ({ number, title, total, counts })),
    exceptions: report.exceptions.map((action) => ({
      priority: action.priority.number,
      title: action.title,
      owner: action.owner,
      targetOn: action.targetOn.toISOString().slice(0, 10),
      status: action.status,
      overdue: isOverdue(action, report.asAt),
    })),
  };
};

/** The officers' commentary on a quarter's exceptions so far, by KPI code. */
export const getPackCommentary = async (quarter: Quarter): Promise<Record<string, Commentary>> => {
  const rows = await db.packCommentary.findMany({
    where: { pack: quarter },
    select: { kpiCode: true, text: true, action: true, recoveryBy: true },
  });
  return Object.fromEntries(
    rows.map((row) => [row.kpiCode, { reason: row.text, action: row.action, recoveryBy: row.recoveryBy }]),
  );
};

/** The pack as today's data gives it, with the officers' commentary so far. */
export const buildPackContent = async (quarter: Quarter, now: Date): Promise<PackContent> => {
  const landlord = await getLandlord();
  const [tiles, strategy, commentary, questions, scrutiny, feedback, reach] = await Promise.all([
    getKpiTiles({ quarter, regime: landlord.regime, now }),
    packStrategy(quarter, now),
    getPackCommentary(quarter),
    packQuestions(quarter),
    packScrutiny(now),
    packFeedback(quarter),
    packReach(quarter),
  ]);
  return {
    landlordName: landlord.name,
    regime: landlord.regime,
    period: { ...quarter, label: quarterLongLabel(quarter) },
    preparedOn: now.toISOString(),
    tiles,
    strategy,
    commentary,
    questions,
    scrutiny,
    feedback,
    reach,
    signOff: null,
  };
};

/** The exceptions with no commentary: the pack is not signed off with these unless the officer records why. */
export const unexplainedExceptions = (content: PackContent) =>
  content.tiles.filter((tile) => isException(tile.rag) && !content.commentary[tile.code]);

/**
 * A tile as a pack presented before the board paper stored it: without the key flag, the distance off target or
 * each quarter's own status. Its bars are then drawn without a status rather than guessed.
 */
const readStoredTile = (tile: KpiTile): KpiTile => ({
  ...tile,
  key: tile.key ?? false,
  offTarget: tile.offTarget ?? 0,
  history: tile.history.map((point) => ({ ...point, target: point.target ?? null, rag: point.rag ?? "NO_TARGET" })),
});

/** A presented pack exactly as the board was given it; otherwise the live draft. */
export const getPack = async (
  quarter: Quarter,
  now: Date,
): Promise<{ status: "PRESENTED" | "DRAFT"; content: PackContent }> => {
  const pack = await db.performancePack.findUnique({
    where: { year_quarter: quarter },
    select: { presentedAt: true, snapshot: true },
  });
  if (pack?.presentedAt && pack.snapshot) {
    const stored = pack.snapshot as unknown as Omit<PackContent, "commentary"> & {
      commentary: Record<string, Commentary | string>;
    };
    const commentary = Object.fromEntries(
      Object.entries(stored.commentary).map(([code, entry]) => [code, readCommentary(entry)]),
    );
    return { status: "PRESENTED", content: { ...stored, tiles: stored.tiles.map(readStoredTile), commentary } };
  }
  return { status: "DRAFT", content: await buildPackContent(quarter, now) };
};
