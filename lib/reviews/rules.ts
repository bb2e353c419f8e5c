import { calendarDate, isoDay, ukDay } from "@/lib/uk-time";

/** The longest a group is given to read a draft: a panel meets at least monthly, and a draft should not wait longer. */
export const MAX_REVIEW_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Open until an officer closes it or its closing day (a UK day, inclusive) has passed. */
export const isReviewOpen = (review: { closesOn: Date; closedAt: Date | null }, now: Date) =>
  review.closedAt === null && ukDay(now) <= isoDay(review.closesOn);

/** Why a closing date cannot be used, or null: it must be today or later, and within MAX_REVIEW_DAYS. */
export const closingDateProblem = (closesOn: Date, now: Date) => {
  const today = ukDay(now);
  const day = isoDay(closesOn);
  if (day < today) return "The closing date must be today or later";
  if (closesOn.getTime() - calendarDate(today).getTime() > MAX_REVIEW_DAYS * DAY_MS) {
    return `The closing date must be within ${MAX_REVIEW_DAYS} days`;
  }
  return null;
};

/** A comment is about the whole draft (no section) or one of the draft's section headings as it stands. */
export const isKnownSection = (section: string | undefined, headings: readonly string[]) =>
  section === undefined || headings.includes(section);
