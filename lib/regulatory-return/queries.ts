import { db } from "@/lib/db";
import type { Regime } from "@/lib/generated/prisma/enums";
import { liveReturnFigures } from "./figures";
import { missingIndicators, type ReturnFigures } from "./rules";

/**
 * A year's return: as submitted (its snapshot, never recomputed) or, while a draft, the live figures, with the
 * indicators still missing and the figures an officer entered.
 */
export const getReturn = async (regime: Regime, year: number) => {
  const stored = await db.regulatoryReturn.findUnique({
    where: { regime_year: { regime, year } },
    select: {
      id: true,
      snapshot: true,
      submittedAt: true,
      submittedByName: true,
      reference: true,
      figures: { select: { code: true, value: true, note: true } },
    },
  });
  const figures =
    stored?.submittedAt && stored.snapshot
      ? (stored.snapshot as unknown as ReturnFigures)
      : await liveReturnFigures(regime, year);
  return {
    figures,
    missing: missingIndicators(figures.lines),
    entered: stored?.figures ?? [],
    submission: stored?.submittedAt
      ? { at: stored.submittedAt, by: stored.submittedByName ?? "", reference: stored.reference ?? "" }
      : null,
  };
};

export type ReturnView = Awaited<ReturnType<typeof getReturn>>;

/** Years with a survey round or a return, newest first, for the year picker. */
export const listReturnYears = async (regime: Regime) => {
  const [rounds, returns] = await Promise.all([
    db.surveyRound.findMany({ where: { regime }, select: { year: true } }),
    db.regulatoryReturn.findMany({ where: { regime }, select: { year: true } }),
  ]);
  return [...new Set([...rounds, ...returns].map((row) => row.year))].sort((a, b) => b - a);
};
