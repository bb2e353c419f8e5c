import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FeedbackKind, ServiceArea } from "@/lib/generated/prisma/enums";
import { fromDbDate, toDbDate } from "./clock";
import { feedbackReference, OPEN_STATUSES, overdueClock } from "./rules";
import type { FeedbackQueueFilter } from "./schemas";

const clockSelect = { status: true, acknowledgeBy: true, answerBy: true } as const;

const withClock = <
  T extends {
    number: number;
    status: Parameters<typeof overdueClock>[0]["status"];
    acknowledgeBy: Date | null;
    answerBy: Date;
  },
>(
  row: T,
  today: string,
) => ({
  ...row,
  reference: feedbackReference(row.number),
  overdue: overdueClock(
    {
      status: row.status,
      acknowledgeBy: row.acknowledgeBy && fromDbDate(row.acknowledgeBy),
      answerBy: fromDbDate(row.answerBy),
    },
    today,
  ),
});

/** A stage's dates, as the complaints file records them. */
const stageDates = {
  stage: true,
  receivedOn: true,
  acknowledgedOn: true,
  respondedOn: true,
  extensionWorkingDays: true,
} as const;

const itemSelect = {
  id: true,
  number: true,
  kind: true,
  serviceArea: true,
  channel: true,
  details: true,
  stage: true,
  createdAt: true,
  photoType: true,
  ...clockSelect,
  stages: {
    orderBy: { stage: "asc" },
    select: { ...stageDates, requestReason: true },
  },
  replies: { orderBy: { createdAt: "asc" }, select: { id: true, text: true, createdAt: true } },
} satisfies Prisma.FeedbackSelect;

/** A tenant's own feedback, newest first. */
export const listFeedbackForCustomer = (customerId: string) =>
  db.feedback.findMany({
    where: { customerId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      number: true,
      kind: true,
      serviceArea: true,
      status: true,
      createdAt: true,
      _count: { select: { replies: true } },
    },
  });

/** One item for the tenant who sent it; anyone else's id reads as missing. */
export const getFeedbackForCustomer = (id: string, customerId: string) =>
  db.feedback.findFirst({ where: { id, customerId }, select: itemSelect });

// Late: past the acknowledgement date while unacknowledged, or past the answer date while unanswered.
const overdueWhere = (today: string): Prisma.FeedbackWhereInput => ({
  OR: [
    { status: "RECEIVED", acknowledgeBy: { lt: toDbDate(today) } },
    { status: { in: OPEN_STATUSES }, answerBy: { lt: toDbDate(today) } },
  ],
});

export const QUEUE_LIMIT = 200;

/** The officers' queue: open items first, soonest due at the top. */
export const listFeedbackQueue = async (filter: FeedbackQueueFilter, today: string) => {
  const rows = await db.feedback.findMany({
    where: {
      ...(filter.status ? { status: filter.status } : { status: { not: "CLOSED" } }),
      ...(filter.kind && { kind: filter.kind }),
      ...(filter.serviceArea && { serviceArea: filter.serviceArea }),
      ...(filter.overdue && overdueWhere(today)),
      ...(filter.assigned === "none" && { assignedToId: null }),
    },
    orderBy: [{ answerBy: "asc" }, { number: "asc" }],
    take: QUEUE_LIMIT,
    select: {
      id: true,
      number: true,
      kind: true,
      serviceArea: true,
      stage: true,
      details: true,
      contactName: true,
      customer: { select: { firstName: true, lastName: true } },
      ...clockSelect,
      assignedTo: { select: { name: true } },
    },
  });
  return rows.map((row) => withClock(row, today));
};

/** How many items are late, for the staff home page's work list. */
export const countOverdueFeedback = (today: string) => db.feedback.count({ where: overdueWhere(today) });

/** Everything an officer needs to deal with one item, the sender's contact details included. */
export const getFeedbackForStaff = async (id: string, today: string) => {
  const item = await db.feedback.findUnique({
    where: { id },
    select: {
      ...itemSelect,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      assignedToId: true,
      learned: true,
      changed: true,
      learningPublishedAt: true,
      learningOutcomeCodes: true,
      customer: { select: { id: true, reference: true, firstName: true, lastName: true, email: true, phone: true } },
    },
  });
  return item && withClock(item, today);
};

export const listAssignableOfficers = () =>
  db.user.findMany({
    where: { role: { in: ["OFFICER", "ADMIN"] }, disabledAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });

export type ThemeRow = { year: number; quarter: number; serviceArea: ServiceArea; kind: FeedbackKind; count: number };

/**
 * Feedback counted by financial quarter (April to June is quarter 1), service area and kind, by the database.
 * Counts only: no names, contact details or text, so the board and scrutiny panels can read it.
 */
export const feedbackThemes = (from: string, to: string) =>
  db.$queryRaw<ThemeRow[]>`
    SELECT
      (EXTRACT(YEAR FROM s."receivedOn" - INTERVAL '3 months'))::int AS "year",
      (EXTRACT(QUARTER FROM s."receivedOn" - INTERVAL '3 months'))::int AS "quarter",
      f."serviceArea"::text AS "serviceArea",
      f."kind"::text AS "kind",
      count(*)::int AS "count"
    FROM "Feedback" f JOIN "FeedbackStage" s ON s."feedbackId" = f."id" AND s."stage" = 1
    WHERE s."receivedOn" BETWEEN ${toDbDate(from)}::date AND ${toDbDate(to)}::date
    GROUP BY 1, 2, f."serviceArea", f."kind"
    ORDER BY 1, 2, f."serviceArea", f."kind"`;

/** Every complaint stage, as the complaints file has one row per stage. */
export const listComplaintStages = () =>
  db.feedbackStage.findMany({
    where: { feedback: { kind: "COMPLAINT" } },
    orderBy: [{ feedback: { number: "asc" } }, { stage: "asc" }],
    select: { ...stageDates, feedback: { select: { number: true } } },
  });
