import type { BudgetCategory, GrantStatus, SpendStatus } from "@/lib/generated/prisma/enums";
import { roundToOneDecimal } from "@/lib/measures/rounding";
import { isoDay } from "@/lib/uk-time";

export const BUDGET_CATEGORIES = [
  "EVENTS",
  "TRAINING",
  "GRANTS",
  "COMMUNICATIONS",
  "INCENTIVES",
  "STAFF",
] as const satisfies readonly BudgetCategory[];

export const CATEGORY_LABEL: Record<BudgetCategory, string> = {
  EVENTS: "Events",
  TRAINING: "Training",
  GRANTS: "Grants to tenants' organisations",
  COMMUNICATIONS: "Communications",
  INCENTIVES: "Incentives and expenses",
  STAFF: "Staff",
};

export const SPEND_STATUS_LABEL: Record<SpendStatus, string> = { COMMITTED: "Committed", SPENT: "Spent" };

export const GRANT_STATUS_LABEL: Record<GrantStatus, string> = {
  APPLIED: "Waiting for a decision",
  APPROVED: "Approved",
  REFUSED: "Refused",
};

const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

/** Money is held as whole pence so sums are exact; shown as pounds and pence. */
export const formatPence = (pence: number) => pounds.format(pence / 100);

/** "£1,234.50", "1234.5" or "1,234" as pence; null for anything that is not an amount of money. */
export const parsePounds = (text: string): number | null => {
  const cleaned = text
    .trim()
    .replace(/^£/, "")
    .replace(/,(?=\d{3}(\D|$))/g, "");
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ""] = cleaned.split(".") as [string, string?];
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
};

/** The financial year (by its 1 April) of a calendar date stored as UTC midnight. */
export const financialYearOfDay = (day: Date) => {
  const [year, month] = isoDay(day).split("-").map(Number) as [number, number];
  return month >= 4 ? year : year - 1;
};

/** The share of a budget spent, to one decimal place; no figure without a budget. */
export const percentSpent = (spentPence: number, budgetPence: number) =>
  budgetPence > 0 ? roundToOneDecimal((spentPence / budgetPence) * 100) : null;

export type CategoryFigures = {
  category: BudgetCategory;
  budgetPence: number;
  committedPence: number;
  spentPence: number;
};

/** What is left once money spent and money committed are both taken off: negative when overcommitted. */
export const remainingPence = (row: Omit<CategoryFigures, "category">) =>
  row.budgetPence - row.committedPence - row.spentPence;

export const totalFigures = (rows: CategoryFigures[]) =>
  rows.reduce(
    (total, row) => ({
      budgetPence: total.budgetPence + row.budgetPence,
      committedPence: total.committedPence + row.committedPence,
      spentPence: total.spentPence + row.spentPence,
    }),
    { budgetPence: 0, committedPence: 0, spentPence: 0 },
  );

export type GrantForPayment = { status: GrantStatus; amountApprovedPence: number | null; paidPence: number };

/** Why a payment cannot be made, or null: the database enforces the same two rules. */
export const paymentProblem = (grant: GrantForPayment, amountPence: number) => {
  if (grant.status === "REFUSED") return "This grant was refused: it cannot be paid.";
  if (grant.status !== "APPROVED" || grant.amountApprovedPence === null)
    return "Record the decision before paying the grant.";
  const left = grant.amountApprovedPence - grant.paidPence;
  if (amountPence > left)
    return `That is more than is left to pay: ${formatPence(left)} of the ${formatPence(grant.amountApprovedPence)} approved.`;
  return null;
};

/**
 * Why a spending line cannot be corrected or removed, or null. A grant payment is the grant's record, kept with it.
 * A year is closed once its annual report is published: the report froze its spending, so the lines that made it
 * stay as they were (the database refuses too, decision 0033).
 */
export const spendLineChangeProblem = (line: { grantId: string | null; yearClosed: boolean }) => {
  if (line.grantId) return "This is a grant payment: it is kept with the grant and cannot be changed here.";
  if (line.yearClosed) return "The annual report for this year is published, so its spending can no longer be changed.";
  return null;
};

/** The group's accounts are overdue once their due date has passed without them. */
export const accountsOverdue = (grant: { accountsDueOn: Date | null; accountsReceivedOn: Date | null }, today: Date) =>
  grant.accountsDueOn !== null && grant.accountsReceivedOn === null && grant.accountsDueOn < today;
