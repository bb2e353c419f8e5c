import { db } from "@/lib/db";
import type { CustomerKind, CustomerStatus, Regime, StockType } from "@/lib/generated/prisma/enums";
import { getLandlord } from "@/lib/landlord/queries";
import { PROBLEMS_SHOWN } from "@/lib/uploads/rules";
import { readUpload } from "@/lib/uploads/upload-store";
import { checkResponsesFile } from "./import-responses";
import { roundSelect } from "./round-queries";
import { respondentTenure } from "./rules";

export const listRounds = () =>
  db.surveyRound.findMany({
    orderBy: [{ year: "desc" }, { regime: "asc" }],
    select: { id: true, year: true, regime: true, status: true, _count: { select: { responses: true } } },
  });

/** A round with its respondents counted by method and by tenure, for the overview. */
export const getRoundOverview = async (id: string) => {
  const round = await db.surveyRound.findUnique({
    where: { id },
    select: {
      id: true,
      year: true,
      regime: true,
      status: true,
      targetMargin: true,
      populationLcra: true,
      populationLcho: true,
      openedAt: true,
      closedAt: true,
    },
  });
  if (!round) return null;
  const [byMethod, byTenure] = await Promise.all([
    db.perceptionResponse.groupBy({ by: ["method"], where: { roundId: id }, _count: { _all: true } }),
    db.perceptionResponse.groupBy({ by: ["tenure"], where: { roundId: id }, _count: { _all: true } }),
  ]);
  return {
    ...round,
    byMethod: Object.fromEntries(byMethod.flatMap((row) => (row.method ? [[row.method, row._count._all]] : []))),
    methodNotStated: byMethod.find((row) => row.method === null)?._count._all ?? 0,
    byTenure: Object.fromEntries(byTenure.map((row) => [row.tenure, row._count._all])),
  };
};

/** What importing a stored file into the round would do, with the digest to confirm it by; null when the file has gone. */
export const previewResponsesFile = async (round: { id: string; regime: "ENGLAND" | "SCOTLAND" }, upload: string) => {
  const text = await readUpload(upload);
  if (text === null) return null;
  const { rows, problems, ignored, digest } = await checkResponsesFile(db, round, upload, text);
  return {
    count: rows.length,
    lcra: rows.filter((row) => row.tenure === "LCRA").length,
    lcho: rows.filter((row) => row.tenure === "LCHO").length,
    methodNotStated: rows.filter((row) => row.method === null).length,
    ignored,
    problemCount: problems.length,
    problems: problems.slice(0, PROBLEMS_SHOWN),
    digest,
  };
};

/**
 * The survey as one tenant sees it: the open round for the landlord's regime (else the latest, to say it has
 * closed), whether it is for them, and whether they have answered.
 */
export const getSurveyForCustomer = async (customerId: string) => {
  const landlord = await getLandlord();
  const round =
    (await db.surveyRound.findFirst({
      where: { regime: landlord.regime, status: "OPEN" },
      orderBy: { year: "desc" },
      select: { id: true, year: true, regime: true, status: true },
    })) ??
    (await db.surveyRound.findFirst({
      where: { regime: landlord.regime },
      orderBy: { year: "desc" },
      select: { id: true, year: true, regime: true, status: true },
    }));
  if (!round) return { landlord, round: null, eligible: false, answered: false };
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: {
      kind: true,
      status: true,
      home: { select: { stockType: true } },
      perceptionResponses: { where: { roundId: round.id }, select: { id: true } },
    },
  });
  const eligible = customer
    ? respondentTenure(round.regime, {
        kind: customer.kind,
        status: customer.status,
        stockType: customer.home?.stockType ?? null,
      }) !== null
    : false;
  return { landlord, round, eligible, answered: (customer?.perceptionResponses.length ?? 0) > 0 };
};

/**
 * Whether the tenant home should invite this customer to answer: a round is open for the landlord's regime, it is
 * for them, not yet answered. The same answer as getSurveyForCustomer in one query instead of six, since every tenant
 * home page asks it.
 */
export const isSurveyOpenFor = async (customerId: string) => {
  const [facts] = await db.$queryRaw<
    { regime: Regime; kind: CustomerKind; status: CustomerStatus; stockType: StockType | null; answered: boolean }[]
  >`
    SELECT r."regime"::text AS "regime", c."kind"::text AS "kind", c."status"::text AS "status",
      h."stockType"::text AS "stockType",
      EXISTS (SELECT 1 FROM "PerceptionResponse" p WHERE p."roundId" = r."id" AND p."customerId" = c."id") AS "answered"
    FROM "SurveyRound" r
    JOIN "Landlord" l ON l."id" = 1 AND l."regime" = r."regime"
    JOIN "Customer" c ON c."id" = ${customerId}
    LEFT JOIN "Home" h ON h."id" = c."homeId"
    WHERE r."status" = 'OPEN'
    ORDER BY r."year" DESC
    LIMIT 1`;
  return facts !== undefined && !facts.answered && respondentTenure(facts.regime, facts) !== null;
};

/**
 * The round the board reads: the year asked for, else the latest with its answers all in (closed or published),
 * else the one under way.
 */
export const getBoardRound = async (regime: Regime, year?: number) =>
  year !== undefined
    ? db.surveyRound.findUnique({ where: { regime_year: { regime, year } }, select: roundSelect })
    : ((await db.surveyRound.findFirst({
        where: { regime, status: { not: "OPEN" } },
        orderBy: { year: "desc" },
        select: roundSelect,
      })) ?? db.surveyRound.findFirst({ where: { regime }, orderBy: { year: "desc" }, select: roundSelect }));

export const listRoundYears = async (regime: Regime) =>
  (await db.surveyRound.findMany({ where: { regime }, orderBy: { year: "desc" }, select: { year: true } })).map(
    (round) => round.year,
  );

export const listPublishedRounds = (regime: Regime, take = 3) =>
  db.surveyRound.findMany({
    where: { regime, status: "PUBLISHED" },
    orderBy: { year: "desc" },
    take,
    select: roundSelect,
  });

/** Every year with published results, newest first: the public page links to each. */
export const listPublishedYears = async (regime: Regime) =>
  (
    await db.surveyRound.findMany({
      where: { regime, status: "PUBLISHED" },
      orderBy: { year: "desc" },
      select: { year: true },
    })
  ).map((round) => round.year);

/** Responses received so far by tenure, for the sampling plan. */
export const countResponsesByTenure = async (roundId: string) => {
  const rows = await db.perceptionResponse.groupBy({ by: ["tenure"], where: { roundId }, _count: { _all: true } });
  const count = (tenure: "LCRA" | "LCHO") => rows.find((row) => row.tenure === tenure)?._count._all ?? 0;
  return { LCRA: count("LCRA"), LCHO: count("LCHO") };
};

export { getComparedResults, getPublishedRound, getRound, type Round } from "./round-queries";
