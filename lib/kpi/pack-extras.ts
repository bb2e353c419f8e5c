import { db } from "@/lib/db";
import { SERVICE_AREA_LABEL } from "@/lib/feedback/labels";
import { feedbackThemes } from "@/lib/feedback/queries";
import { themeTable } from "@/lib/feedback/rules";
import { getReachSummary, type ReachSummary } from "@/lib/reach/summary";
import { listOpenActions } from "@/lib/scrutiny/queries";
import { addDays, isoDay, type Quarter, quarterDays, ukToday } from "@/lib/uk-time";

/** The board paper's sections beyond the KPIs, as plain JSON so a presented pack can freeze them too. */
export type PackQuestion = {
  id: string;
  subject: string;
  kpiCode: string | null;
  question: string;
  askedBy: string;
  answer: string | null;
};

export type PackScrutiny = {
  open: number;
  overdue: number;
  actions: { review: string; number: number; action: string; owner: string; dueOn: string; overdue: boolean }[];
};

export type PackFeedback = { serviceArea: string; compliments: number; complaints: number; other: number }[];

/** Who takes part in the quarter's financial year: the totals and seldom-heard groups; every dimension is on /board/reach. */
export type PackReach = Omit<ReachSummary, "dimensions">;

export const packReach = async (quarter: Quarter): Promise<PackReach> => {
  const { dimensions: _everyDimension, ...reach } = await getReachSummary(quarter.year);
  return reach;
};

export const packQuestions = async (quarter: Quarter): Promise<PackQuestion[]> => {
  const rows = await db.boardQuestion.findMany({
    where: quarter,
    orderBy: { askedAt: "asc" },
    select: {
      id: true,
      subject: true,
      kpiCode: true,
      question: true,
      answer: true,
      askedBy: { select: { name: true } },
    },
  });
  return rows.map(({ askedBy, ...row }) => ({ ...row, askedBy: askedBy.name }));
};

/** Agreed scrutiny actions still open today, soonest due first, and how many are past their date. */
export const packScrutiny = async (now: Date): Promise<PackScrutiny> => {
  const today = ukToday(now);
  const open = await listOpenActions();
  const actions = open.map((row) => ({
    review: row.review.title,
    number: row.number,
    action: row.action ?? row.text,
    owner: row.actionOwner ?? "Not named",
    dueOn: row.dueOn ? isoDay(row.dueOn) : "",
    overdue: row.dueOn !== null && row.dueOn < today,
  }));
  return { open: actions.length, overdue: actions.filter((row) => row.overdue).length, actions };
};

/** The quarter's feedback by service area, counts only (no names, nothing anyone wrote). */
export const packFeedback = async (quarter: Quarter): Promise<PackFeedback> => {
  const { from, until } = quarterDays(quarter);
  return feedbackByArea(from, addDays(until, -1));
};

/** Feedback received from `from` to `last` (days, inclusive) by service area: the pack's quarter, the report's year. */
export const feedbackByArea = async (from: string, last: string): Promise<PackFeedback> =>
  themeTable(await feedbackThemes(from, last)).map((row) => ({
    serviceArea: SERVICE_AREA_LABEL[row.serviceArea],
    compliments: row.counts.COMPLIMENT,
    complaints: row.counts.COMPLAINT,
    other: row.counts.COMMENT + row.counts.SUGGESTION,
  }));
