import { db } from "@/lib/db";
import { financialYearDays, ukDayEnd, ukDayStart } from "@/lib/uk-time";
import { outcomesFor, type Outcome } from "./standards";
import type { Regime } from "@/lib/generated/prisma/enums";

/** `detail` is what a recommendation said; `kpiCode` lets the page show a KPI's figure and status beside it. */
export type EvidenceItem = {
  code: string;
  kind: string;
  title: string;
  href: string;
  date: Date;
  detail: string | null;
  kpiCode: string | null;
};

type Period = { from: Date; to: Date };

/**
 * One source of assurance evidence: items tagged with outcome codes within the period. The annual page unions
 * every source, so tagging another kind of record (KPIs) means adding one function to EVIDENCE_SOURCES.
 */
type EvidenceSource = (period: Period) => Promise<EvidenceItem[]>;

// Only published reports count: a draft review is not yet evidence anyone can inspect.
const scrutinyReviews: EvidenceSource = ({ from, to }) =>
  db.$queryRaw<EvidenceItem[]>`
    SELECT code, 'Scrutiny review' AS kind, r."title" AS title, '/scrutiny/' || r."id" AS href, r."publishedAt" AS date,
      NULL AS detail, NULL AS "kpiCode"
    FROM "ScrutinyReview" r, unnest(r."outcomeCodes") AS code
    WHERE r."publishedAt" BETWEEN ${from} AND ${to}`;

const scrutinyRecommendations: EvidenceSource = ({ from, to }) =>
  db.$queryRaw<EvidenceItem[]>`
    SELECT code, 'Recommendation' AS kind, 'Recommendation ' || c."number" || ' of ' || r."title" AS title,
      '/scrutiny/' || r."id" || '#recommendation-' || c."number" AS href, r."publishedAt" AS date,
      c."text" AS detail, NULL AS "kpiCode"
    FROM "ScrutinyRecommendation" c JOIN "ScrutinyReview" r ON r."id" = c."reviewId", unnest(c."outcomeCodes") AS code
    WHERE r."publishedAt" BETWEEN ${from} AND ${to}`;

// A KPI evidences its outcomes in every year it was in the library; it is dated from the later of its creation
// and the year's start, and links to its tile on the board dashboard.
const kpis: EvidenceSource = ({ from, to }) =>
  db.$queryRaw<EvidenceItem[]>`
    SELECT tag.code, 'KPI' AS kind, k."code" || ' ' || k."name" AS title, '/board#kpi-' || k."code" AS href,
      greatest(k."createdAt", ${from}::timestamp) AS date, NULL AS detail, k."code" AS "kpiCode"
    FROM "Kpi" k, unnest(k."outcomeCodes") AS tag(code)
    WHERE k."createdAt" <= ${to} AND (k."retiredAt" IS NULL OR k."retiredAt" >= ${from})`;

// A consultation is tagged when its "You said, We did" is published, so it counts in the year it closed and its
// "You said, We did" in the year it was published: two pieces of evidence, each linking to where the public reads it.
const consultations: EvidenceSource = ({ from, to }) =>
  db.$queryRaw<EvidenceItem[]>`
    SELECT code, 'Consultation' AS kind, c."title" AS title, '/consultations/closed#consultation-' || c."id" AS href,
      c."closesAt" AS date, c."summary" AS detail, NULL AS "kpiCode"
    FROM "Consultation" c, unnest(c."outcomeCodes") AS code
    WHERE c."closesAt" BETWEEN ${from} AND ${to}`;

const consultationOutcomes: EvidenceSource = ({ from, to }) =>
  db.$queryRaw<EvidenceItem[]>`
    SELECT code, 'You said, We did' AS kind, c."title" AS title,
      '/you-said-we-did#outcome-' || c."id" AS href, c."outcomePublishedAt" AS date, c."outcome" AS detail,
      NULL AS "kpiCode"
    FROM "Consultation" c, unnest(c."outcomeCodes") AS code
    WHERE c."outcomePublishedAt" BETWEEN ${from} AND ${to}`;

// Published learning from complaints, in the officer's anonymised words only; the anchor is the one the public page
// gives the entry (learningAnchor), a digest rather than the complaint's own id.
const complaintLearning: EvidenceSource = ({ from, to }) =>
  db.$queryRaw<EvidenceItem[]>`
    SELECT code, 'You said, We did' AS kind, 'What we changed after a complaint: ' || left(f."changed", 80) AS title,
      '/you-said-we-did#learned-' || left(md5(f."id"), 12) AS href, f."learningPublishedAt" AS date,
      f."changed" AS detail, NULL AS "kpiCode"
    FROM "Feedback" f, unnest(f."learningOutcomeCodes") AS code
    WHERE f."kind" = 'COMPLAINT' AND f."learningPublishedAt" BETWEEN ${from} AND ${to}`;

const EVIDENCE_SOURCES: EvidenceSource[] = [
  scrutinyReviews,
  scrutinyRecommendations,
  kpis,
  consultations,
  consultationOutcomes,
  complaintLearning,
];

/** The evidence for each of the regime's outcomes in a financial year, outcomes without evidence included. */
export const assuranceEvidence = async (
  regime: Regime,
  startYear: number,
): Promise<{ outcome: Outcome; items: EvidenceItem[] }[]> => {
  const days = financialYearDays(startYear);
  const period = { from: ukDayStart(days.from) ?? new Date(0), to: ukDayEnd(days.to) ?? new Date(0) };
  const items = (await Promise.all(EVIDENCE_SOURCES.map((source) => source(period)))).flat();
  return outcomesFor(regime).map((outcome) => ({
    outcome,
    items: items.filter((item) => item.code === outcome.code).sort((a, b) => a.date.getTime() - b.date.getTime()),
  }));
};
