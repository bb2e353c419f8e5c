import { db } from "@/lib/db";
import { ukToday } from "@/lib/uk-time";
import type { Prisma } from "@/lib/generated/prisma/client";

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
  const open = {
    response: { in: ["ACCEPTED", "PARTLY_ACCEPTED"] },
    completedOn: null,
  } satisfies Prisma.ScrutinyRecommendationWhereInput;
  const [reviews, awaitingResponse, openActions, overdue, complete] = await Promise.all([
    db.scrutinyReview.count(),
    db.scrutinyRecommendation.count({ where: { response: null } }),
    db.scrutinyRecommendation.count({ where: open }),
    db.scrutinyRecommendation.count({ where: { ...open, dueOn: { lt: ukToday(now) } } }),
    db.scrutinyRecommendation.count({ where: { completedOn: { not: null } } }),
  ]);
  return { reviews, awaitingResponse, openActions, overdue, complete };
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
