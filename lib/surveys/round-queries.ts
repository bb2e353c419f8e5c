import { db } from "@/lib/db";
import type { Regime } from "@/lib/generated/prisma/enums";
import { compareResults } from "./results-rules";
import { getRoundResults } from "./round-results";

// The round reads the annual report's seed (run by tsx, outside Next) shares with the pages, so that it assembles a
// year's results the same way they do; lib/surveys/queries.ts holds the pages' other reads.

export const roundSelect = {
  id: true,
  year: true,
  regime: true,
  status: true,
  targetMargin: true,
  populationLcra: true,
  populationLcho: true,
  sampleMethod: true,
  timing: true,
  collectionMethods: true,
  representativeness: true,
  weighting: true,
  contractor: true,
  exclusions: true,
  incentives: true,
  closedAt: true,
  publishedAt: true,
} as const;

export const getRound = (id: string) => db.surveyRound.findUnique({ where: { id }, select: roundSelect });

export type Round = NonNullable<Awaited<ReturnType<typeof getRound>>>;

const previousRound = (round: Pick<Round, "regime" | "year">, publishedOnly: boolean) =>
  db.surveyRound.findUnique({
    where: {
      regime_year: { regime: round.regime, year: round.year - 1 },
      ...(publishedOnly && { status: "PUBLISHED" }),
    },
    select: { id: true, year: true, regime: true },
  });

/**
 * A round's measures beside the same regime's round for the year before. The public page compares only with a
 * published round, so nothing unpublished leaks through a difference.
 */
export const getComparedResults = async (
  round: Pick<Round, "id" | "regime" | "year">,
  { publishedOnly = false } = {},
) => {
  const previous = await previousRound(round, publishedOnly);
  const [current, before] = await Promise.all([
    getRoundResults(round.id, round.regime),
    previous ? getRoundResults(previous.id, previous.regime) : null,
  ]);
  return {
    respondents: current.respondents,
    ignored: current.ignored,
    previousYear: previous?.year ?? null,
    measures: compareResults(current, before, round.regime),
  };
};

/** One year's published round, or null when that year's results are not published. */
export const getPublishedRound = (regime: Regime, year: number) =>
  db.surveyRound.findFirst({ where: { regime, year, status: "PUBLISHED" }, select: roundSelect });
