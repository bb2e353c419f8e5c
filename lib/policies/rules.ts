import { addDays, isoDay } from "@/lib/uk-time";

/** A review is flagged this many days ahead, so there is time to consult tenants before it falls due. */
export const REVIEW_NOTICE_DAYS = 90;

export type ReviewState = "OVERDUE" | "DUE" | "NOT_DUE";

export const REVIEW_STATE_LABEL: Record<ReviewState, string> = {
  OVERDUE: "Review overdue",
  DUE: "Review due soon",
  NOT_DUE: "Not due",
};

/** Overdue once the review date has passed; due when it falls within the notice period. `today` is a UK day. */
export const reviewState = (nextReviewOn: Date, today: Date): ReviewState => {
  if (nextReviewOn < today) return "OVERDUE";
  return isoDay(nextReviewOn) <= addDays(isoDay(today), REVIEW_NOTICE_DAYS) ? "DUE" : "NOT_DUE";
};

/** The last day a review can fall on and still be flagged: policies reviewed on or before it are due. */
export const reviewFlagUntil = (today: Date) => new Date(`${addDays(isoDay(today), REVIEW_NOTICE_DAYS)}T00:00:00Z`);
