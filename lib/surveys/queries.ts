import "server-only";
import { db } from "@/lib/db";
import { getLandlord } from "@/lib/landlord/queries";
import { readUpload } from "@/lib/uploads/upload-store";
import { checkResponsesFile } from "./import-responses";
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
    select: { id: true, year: true, regime: true, status: true, targetMargin: true, populationLcra: true, populationLcho: true, openedAt: true, closedAt: true },
  });
  if (!round) return null;
  const [byMethod, byTenure] = await Promise.all([
    db.perceptionResponse.groupBy({ by: ["method"], where: { roundId: id }, _count: { _all: true } }),
    db.perceptionResponse.groupBy({ by: ["tenure"], where: { roundId: id }, _count: { _all: true } }),
  ]);
  return {
    ...round,
    byMethod: Object.fromEntries(byMethod.map((row) => [row.method, row._count._all])),
    byTenure: Object.fromEntries(byTenure.map((row) => [row.tenure, row._count._all])),
  };
};

export const ERRORS_SHOWN = 200;

/** What importing a stored file into the round would do; null when the file has gone. */
export const previewResponsesFile = async (round: { id: string; regime: "ENGLAND" | "SCOTLAND" }, upload: string) => {
  const text = await readUpload(upload);
  if (text === null) return null;
  const { rows, problems, leftOut } = await checkResponsesFile(db, round, text);
  return {
    count: rows.length,
    lcra: rows.filter((row) => row.tenure === "LCRA").length,
    lcho: rows.filter((row) => row.tenure === "LCHO").length,
    leftOut,
    problemCount: problems.length,
    problems: problems.slice(0, ERRORS_SHOWN),
  };
};

/**
 * The survey as one tenant sees it: the open round for the landlord's regime (else the latest, to say it has
 * closed), whether it is for them, and whether they have answered.
 */
export const getSurveyForCustomer = async (customerId: string) => {
  const landlord = await getLandlord();
  const round =
    (await db.surveyRound.findFirst({ where: { regime: landlord.regime, status: "OPEN" }, orderBy: { year: "desc" }, select: { id: true, year: true, regime: true, status: true } })) ??
    (await db.surveyRound.findFirst({ where: { regime: landlord.regime }, orderBy: { year: "desc" }, select: { id: true, year: true, regime: true, status: true } }));
  if (!round) return { landlord, round: null, eligible: false, answered: false };
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: { kind: true, status: true, home: { select: { stockType: true } }, perceptionResponses: { where: { roundId: round.id }, select: { id: true } } },
  });
  const eligible = customer ? respondentTenure(round.regime, { kind: customer.kind, status: customer.status, stockType: customer.home?.stockType ?? null }) !== null : false;
  return { landlord, round, eligible, answered: (customer?.perceptionResponses.length ?? 0) > 0 };
};

/** Whether the tenant home should invite this customer to answer: a round is open, it is for them, not yet answered. */
export const isSurveyOpenFor = async (customerId: string) => {
  const survey = await getSurveyForCustomer(customerId);
  return survey.round?.status === "OPEN" && survey.eligible && !survey.answered;
};
