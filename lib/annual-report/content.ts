import { db } from "@/lib/db";
import type { AnnualReportSection, Regime } from "@/lib/generated/prisma/enums";
import { publishedLearning } from "@/lib/feedback/published-learning";
import { getInvolvementFigures, type InvolvementRow } from "@/lib/kpi/involvement-figures";
import { feedbackByArea, type PackFeedback } from "@/lib/kpi/pack-extras";
import { getKpiTiles, type KpiTile } from "@/lib/kpi/queries";
import { quarterKey, quarterShortLabel } from "@/lib/kpi/rules";
import { getLandlord } from "@/lib/landlord/queries";
import { getComparedResults, getPublishedRound } from "@/lib/surveys/round-queries";
import type { ComparedMeasure } from "@/lib/surveys/results-rules";
import { financialYearDays, financialYearLabel, isoDay, ukDayEnd, ukDayStart } from "@/lib/uk-time";
import { involvementBudget, type InvolvementBudget } from "./budget";
import { listServiceStandards, type ServiceStandardRow } from "@/lib/service-standards/queries";

export type ReportPart = {
  section: AnnualReportSection;
  included: boolean;
  commentary: string;
  featured: string[];
};

/** Everything the report shows, as plain JSON: what is stored, frozen, when the report is published. */
export type ReportContent = {
  landlordName: string;
  regime: Regime;
  year: number;
  yearLabel: string;
  preparedOn: string;
  publishedOn: string | null;
  introduction: string;
  parts: ReportPart[];
  survey: { year: number; previousYear: number | null; respondents: number; measures: ComparedMeasure[] } | null;
  /** The board pack's KPI figures for the year's last quarter, each with eight quarters: this year and last. */
  kpis: KpiTile[];
  feedback: PackFeedback;
  standards: (ServiceStandardRow & { label: string })[];
  youSaid: {
    consultations: { title: string; youSaid: string; weDid: string; publishedOn: string }[];
    complaints: { serviceArea: string; learned: string; changed: string; publishedOn: string }[];
  };
  scrutiny: {
    title: string;
    panel: string;
    publishedOn: string;
    findings: string;
    recommendations: { number: number; text: string; response: string | null; action: string | null; done: boolean }[];
  }[];
  involvement: { quarters: (InvolvementRow & { label: string })[]; groups: number; groupMembers: number };
  budget: InvolvementBudget | null;
};

const yearQuarters = (year: number) => [1, 2, 3, 4].map((quarter) => ({ year, quarter }));

/** The year as instants: from the start of 1 April to the end of 31 March, UK time. */
export const yearSpan = (year: number) => {
  const { from, to } = financialYearDays(year);
  return { from, to, start: ukDayStart(from) as Date, end: ukDayEnd(to) as Date };
};

const survey = async (regime: Regime, year: number): Promise<ReportContent["survey"]> => {
  const round = await getPublishedRound(regime, year);
  if (!round) return null;
  const results = await getComparedResults(round, { publishedOnly: true });
  return {
    year,
    previousYear: results.previousYear,
    respondents: results.respondents.all,
    measures: results.measures,
  };
};

const youSaid = async (year: number): Promise<ReportContent["youSaid"]> => {
  const { start, end } = yearSpan(year);
  const [consultations, complaints] = await Promise.all([
    db.consultation.findMany({
      where: { status: "OUTCOME_PUBLISHED", outcomePublishedAt: { gte: start, lte: end } },
      orderBy: { outcomePublishedAt: "asc" },
      select: { title: true, youSaid: true, outcome: true, outcomePublishedAt: true },
    }),
    publishedLearning({ gte: start, lte: end }),
  ]);
  return {
    consultations: consultations.map((row) => ({
      title: row.title,
      youSaid: row.youSaid ?? "",
      weDid: row.outcome ?? "",
      publishedOn: isoDay(row.outcomePublishedAt as Date),
    })),
    // The report freezes the words only; the public page's anchor is not part of it.
    complaints: complaints.map(({ serviceArea, learned, changed, publishedOn }) => ({
      serviceArea,
      learned,
      changed,
      publishedOn,
    })),
  };
};

const scrutiny = async (year: number): Promise<ReportContent["scrutiny"]> => {
  const { start, end } = yearSpan(year);
  const reviews = await db.scrutinyReview.findMany({
    where: { status: { in: ["PUBLISHED", "CLOSED"] }, publishedAt: { gte: start, lte: end } },
    orderBy: { publishedAt: "asc" },
    select: {
      title: true,
      findings: true,
      publishedAt: true,
      panel: { select: { name: true } },
      recommendations: {
        orderBy: { number: "asc" },
        select: { number: true, text: true, response: true, action: true, completedOn: true },
      },
    },
  });
  return reviews.map((review) => ({
    title: review.title,
    panel: review.panel.name,
    publishedOn: isoDay(review.publishedAt as Date),
    findings: review.findings ?? "",
    recommendations: review.recommendations.map(({ completedOn, ...row }) => ({ ...row, done: completedOn !== null })),
  }));
};

/** Groups and their members on the year's last day: people, not memberships, so one person in two groups is one. */
const groupsAtYearEnd = async (year: number) => {
  const day = new Date(`${financialYearDays(year).to}T00:00:00Z`);
  const where = { startedOn: { lte: day }, OR: [{ endedOn: null }, { endedOn: { gte: day } }] };
  const [groups, members] = await Promise.all([
    db.groupMembership.groupBy({ by: ["groupId"], where }),
    db.groupMembership.groupBy({ by: ["customerId"], where }),
  ]);
  return { groups: groups.length, groupMembers: members.length };
};

const involvement = async (year: number, now: Date): Promise<ReportContent["involvement"]> => {
  const quarters = yearQuarters(year);
  const [figures, groups] = await Promise.all([getInvolvementFigures({ quarters, now }), groupsAtYearEnd(year)]);
  return {
    quarters: quarters.flatMap((q) => {
      const row = figures.get(quarterKey(q));
      return row ? [{ ...row, label: quarterShortLabel(q) }] : [];
    }),
    ...groups,
  };
};

type Options = { year: number; introduction: string; parts: ReportPart[]; now: Date };

/** The report as today's data gives it, with the officers' choices and commentary so far. */
export const buildReportContent = async ({ year, introduction, parts, now }: Options): Promise<ReportContent> => {
  const landlord = await getLandlord();
  const { from, to } = financialYearDays(year);
  const [surveyPart, kpis, feedback, standards, youSaidPart, scrutinyPart, involvementPart, budget] = await Promise.all(
    [
      survey(landlord.regime, year),
      getKpiTiles({ quarter: { year, quarter: 4 }, regime: landlord.regime, now }),
      feedbackByArea(from, to),
      listServiceStandards(),
      youSaid(year),
      scrutiny(year),
      involvement(year, now),
      involvementBudget(year),
    ],
  );
  return {
    landlordName: landlord.name,
    regime: landlord.regime,
    year,
    yearLabel: financialYearLabel(year),
    preparedOn: now.toISOString(),
    publishedOn: null,
    introduction,
    parts,
    survey: surveyPart,
    kpis,
    feedback,
    standards,
    youSaid: youSaidPart,
    scrutiny: scrutinyPart,
    involvement: involvementPart,
    budget,
  };
};
