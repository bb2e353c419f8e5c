import { db } from "@/lib/db";
import { ukToday } from "@/lib/uk-time";
import { Prisma } from "@/lib/generated/prisma/client";

/** An agreed recommendation (accepted in whole or part) whose action is not complete: the tracker's open actions. */
const OPEN_ACTION = Prisma.sql`r.response IN ('ACCEPTED', 'PARTLY_ACCEPTED') AND r."completedOn" IS NULL`;

const PUBLIC: Prisma.ScrutinyReviewWhereInput = { status: { in: ["PUBLISHED", "CLOSED"] } };

const LIST_SELECT = {
  id: true,
  title: true,
  status: true,
  publishedAt: true,
  panel: { select: { name: true } },
  _count: { select: { recommendations: true } },
} satisfies Prisma.ScrutinyReviewSelect;

/** Staff and board see every review; the public sees only published reports. */
export const listReviews = (audience: "staff" | "public") =>
  db.scrutinyReview.findMany({
    where: audience === "public" ? PUBLIC : {},
    orderBy: [{ publishedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: LIST_SELECT,
  });

/** A recommendation with the landlord's response and where its action stands. */
const RECOMMENDATION_FIELDS = {
  number: true,
  text: true,
  outcomeCodes: true,
  response: true,
  responseReason: true,
  action: true,
  actionOwner: true,
  dueOn: true,
  completedOn: true,
} satisfies Prisma.ScrutinyRecommendationSelect;

const REVIEW_SELECT = {
  id: true,
  panelId: true,
  title: true,
  topicSource: true,
  topicDetail: true,
  scope: true,
  status: true,
  findings: true,
  outcomeCodes: true,
  publishedAt: true,
  reportAgreedAt: true,
  agreedAtMeetingOn: true,
  agreedMinuteReference: true,
  panel: { select: { name: true } },
  evidence: {
    orderBy: [{ gatheredOn: "asc" }, { createdAt: "asc" }],
    select: { id: true, kind: true, gatheredOn: true, note: true },
  },
  recommendations: {
    orderBy: { number: "asc" },
    select: {
      id: true,
      ...RECOMMENDATION_FIELDS,
      updates: {
        orderBy: [{ recordedOn: "asc" }, { createdAt: "asc" }],
        select: { id: true, note: true, recordedOn: true, completes: true },
      },
    },
  },
} satisfies Prisma.ScrutinyReviewSelect;

/** A whole review; for the public only once published, so a draft's id gives the same 404 as a made-up one. */
export const getReview = (id: string, audience: "staff" | "public") =>
  db.scrutinyReview.findFirst({ where: { id, ...(audience === "public" ? PUBLIC : {}) }, select: REVIEW_SELECT });

export type ReviewPage = NonNullable<Awaited<ReturnType<typeof getReview>>>;

export const listScrutinyPanels = () =>
  db.group.findMany({ where: { type: "SCRUTINY_PANEL" }, orderBy: { name: "asc" }, select: { id: true, name: true } });

/**
 * The board's counts, in SQL: agreed actions still open, and those past their due day. An action is overdue
 * exactly as recommendationProgress() says: agreed, not complete, due before today.
 */
export const recommendationCounts = async (now: Date) => {
  // One statement for the five figures: the staff home page shows two of them on every visit.
  const [counts] = await db.$queryRaw<
    { reviews: number; awaitingResponse: number; openActions: number; overdue: number; complete: number }[]
  >`
    SELECT (SELECT count(*) FROM "ScrutinyReview")::int AS reviews,
      count(*) FILTER (WHERE r.response IS NULL)::int AS "awaitingResponse",
      count(*) FILTER (WHERE ${OPEN_ACTION})::int AS "openActions",
      count(*) FILTER (WHERE ${OPEN_ACTION} AND r."dueOn" < ${ukToday(now)}::date)::int AS overdue,
      count(*) FILTER (WHERE r."completedOn" IS NOT NULL)::int AS complete
    FROM "ScrutinyRecommendation" r`;
  return counts ?? { reviews: 0, awaitingResponse: 0, openActions: 0, overdue: 0, complete: 0 };
};

/** Every agreed action not yet complete, soonest due first, for the board's tracker. */
export const listOpenActions = () =>
  db.scrutinyRecommendation.findMany({
    where: { response: { in: ["ACCEPTED", "PARTLY_ACCEPTED"] }, completedOn: null },
    orderBy: [{ dueOn: "asc" }, { number: "asc" }],
    select: { id: true, ...RECOMMENDATION_FIELDS, review: { select: { id: true, title: true } } },
  });

/** Every recommendation with its response, for the tracker CSV. */
export const listRecommendationsForExport = () =>
  db.scrutinyRecommendation.findMany({
    orderBy: [{ review: { createdAt: "asc" } }, { number: "asc" }],
    select: { ...RECOMMENDATION_FIELDS, review: { select: { title: true, status: true } } },
  });
