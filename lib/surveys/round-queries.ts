import { db } from "@/lib/db";
import type { Regime } from "@/lib/generated/prisma/enums";
import { MANAGEMENT_MEASURES, managementValue } from "../management-figures/rules";
import { getRoundResults } from "./round-results";
import { compareResults } from "./results-rules";

const roundSelect = {
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
    where: { regime_year: { regime: round.regime, year: round.year - 1 }, ...(publishedOnly && { status: "PUBLISHED" }) },
    select: { id: true, year: true, regime: true },
  });

/**
 * A round's measures beside the same regime's round for the year before. The public page compares only with a
 * published round, so nothing unpublished leaks through a difference.
 */
export const getComparedResults = async (round: Pick<Round, "id" | "regime" | "year">, { publishedOnly = false } = {}) => {
  const previous = await previousRound(round, publishedOnly);
  const [current, before] = await Promise.all([getRoundResults(round.id, round.regime), previous ? getRoundResults(previous.id, previous.regime) : null]);
  return { respondents: current.respondents, ignored: current.ignored, previousYear: previous?.year ?? null, measures: compareResults(current, before, round.regime) };
};

/**
 * The round the board reads: the year asked for, else the latest with its answers all in (closed or published),
 * else the one under way.
 */
export const getBoardRound = async (regime: Regime, year?: number) =>
  year !== undefined
    ? db.surveyRound.findUnique({ where: { regime_year: { regime, year } }, select: roundSelect })
    : ((await db.surveyRound.findFirst({ where: { regime, status: { not: "OPEN" } }, orderBy: { year: "desc" }, select: roundSelect })) ??
      db.surveyRound.findFirst({ where: { regime }, orderBy: { year: "desc" }, select: roundSelect }));

export const listRoundYears = async (regime: Regime) =>
  (await db.surveyRound.findMany({ where: { regime }, orderBy: { year: "desc" }, select: { year: true } })).map((round) => round.year);

export const listPublishedRounds = (regime: Regime, take = 3) =>
  db.surveyRound.findMany({ where: { regime, status: "PUBLISHED" }, orderBy: { year: "desc" }, take, select: roundSelect });

/** Responses received so far by tenure, for the sampling plan. */
export const countResponsesByTenure = async (roundId: string) => {
  const rows = await db.perceptionResponse.groupBy({ by: ["tenure"], where: { roundId }, _count: { _all: true } });
  const count = (tenure: "LCRA" | "LCHO") => rows.find((row) => row.tenure === tenure)?._count._all ?? 0;
  return { LCRA: count("LCRA"), LCHO: count("LCHO") };
};

/** One quarter's figures as entered, keyed by code, to prefill the form. */
export const getManagementQuarter = async (year: number, quarter: number) =>
  Object.fromEntries(
    (
      await db.managementMeasure.findMany({ where: { year, quarter }, select: { code: true, numerator: true, denominator: true, note: true } })
    ).map((row) => [row.code, row]),
  );

/** Every management measure for a reporting year, quarter by quarter, with its published figure. */
export const getManagementYear = async (year: number) => {
  const rows = await db.managementMeasure.findMany({ where: { year }, select: { code: true, quarter: true, numerator: true, denominator: true } });
  return MANAGEMENT_MEASURES.map((definition) => ({
    ...definition,
    quarters: [1, 2, 3, 4].map((quarter) => {
      const row = rows.find((entry) => entry.code === definition.code && entry.quarter === quarter);
      return { quarter, value: row ? managementValue(definition, row.numerator, row.denominator) : null };
    }),
  }));
};

/** Years that have management figures, newest first, for the board's year picker. */
export const listManagementYears = async () =>
  (await db.managementMeasure.findMany({ distinct: ["year"], orderBy: { year: "desc" }, select: { year: true } })).map((row) => row.year);
