import type { MonitoringOutcome, MonitoringRating, ReportBody } from "@/lib/generated/prisma/enums";
import { quarterLabel } from "@/lib/kpi/rules";
import { financialQuarter, financialYearLabel } from "@/lib/uk-time";

/** Quarter 0 stands for the year as a whole: the annual review of the strategy and the annual monitoring report. */
export const WHOLE_YEAR = 0;

export const RATING_LABEL: Record<MonitoringRating, string> = {
  ON_TRACK: "On track",
  SOME_CONCERNS: "Some concerns",
  OFF_TRACK: "Off track",
};

export const OUTCOME_LABEL: Record<MonitoringOutcome, string> = {
  SIGNED_OFF: "Signed off",
  REFERRED: "Referred to the board",
};

export const BODY_LABEL: Record<ReportBody, string> = {
  BOARD: "Board",
  TENANTS_BOARD: "Tenants' board",
  SCRUTINY_COMMITTEE: "Scrutiny committee",
};

export const REPORT_BODIES = ["BOARD", "TENANTS_BOARD", "SCRUTINY_COMMITTEE"] as const satisfies readonly ReportBody[];

export const periodLabel = (year: number, quarter: number) =>
  quarter === WHOLE_YEAR ? `Annual review ${financialYearLabel(year)}` : quarterLabel({ year, quarter });

const SEVERITY: Record<MonitoringRating, number> = { ON_TRACK: 0, SOME_CONCERNS: 1, OFF_TRACK: 2 };

/** The group's overall rating is its worst rating of any action: one action off track puts the plan off track. */
export const overallRating = (ratings: readonly MonitoringRating[]): MonitoringRating | null =>
  ratings.length === 0
    ? null
    : ratings.reduce((worst, rating) => (SEVERITY[rating] > SEVERITY[worst] ? rating : worst));

/** A quarter (or year) is reviewed once it has begun; a review of the future would be a guess. */
export const periodProblem = (year: number, quarter: number, now: Date) => {
  const current = financialQuarter(now);
  const started =
    year < current.year || (year === current.year && (quarter === WHOLE_YEAR || quarter <= current.quarter));
  return started ? undefined : "That period has not started yet";
};

type Decision = { outcome: MonitoringOutcome; note?: string | undefined; actions: number; rated: number };

/**
 * Field problems with the group's sign-off or referral: every action is rated first; a referral says what the
 * board is asked to look at; signing off a plan rated off track says why the group accepts it.
 */
export const decisionProblems = ({ outcome, note, actions, rated }: Decision, rating: MonitoringRating | null) => {
  const problems: Record<string, string> = {};
  if (actions === 0) problems.outcome = "There are no actions in the plan for this year to review";
  else if (rated < actions) problems.outcome = `Rate every action before deciding: ${actions - rated} still to rate`;
  if (!note && outcome === "REFERRED") problems.note = "Say what the board is asked to look at";
  if (!note && outcome === "SIGNED_OFF" && rating === "OFF_TRACK")
    problems.note = "Say why the group signs off a plan it rates off track";
  return problems;
};
