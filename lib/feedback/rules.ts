import type { FeedbackKind, FeedbackStatus, ServiceArea } from "@/lib/generated/prisma/enums";
import type { HolidayCalendar, Regime } from "@/lib/measures/bank-holidays";
import { timescaleOf, type Stage } from "@/lib/measures/complaints";
import type { IsoDate } from "@/lib/measures/dates";
import { addWorkingDays } from "@/lib/measures/working-days";

/** The landlord's own targets, in working days, for compliments, comments and suggestions. */
export type Standards = { acknowledgeDays: number; answerDays: number };

export type Clock = { regime: Regime; standards: Standards; calendar: HolidayCalendar };

export type StageDates = {
  kind: FeedbackKind;
  stage: Stage;
  receivedOn: IsoDate;
  acknowledgedOn?: IsoDate | null;
  extensionWorkingDays?: number;
};

/**
 * Acknowledging a complaint: the Housing Ombudsman's Code asks for 5 working days at both stages; the SPSO model
 * procedure answers a frontline (stage 1) complaint within 5 days with no separate acknowledgement, and
 * acknowledges an investigation (stage 2) within 3.
 */
const COMPLAINT_ACKNOWLEDGE_DAYS: Record<Regime, Record<Stage, number | null>> = {
  england: { 1: 5, 2: 5 },
  scotland: { 1: null, 2: 3 },
};

/**
 * When a stage must be acknowledged and answered. Complaints follow the regime's timescales exactly as the
 * complaints figures count them (lib/measures/complaints.ts), so a complaint answered by its due date is counted
 * as within timescale; other feedback follows the landlord's own standard, counted from receipt.
 */
export const dueDates = (item: StageDates, { regime, standards, calendar }: Clock) => {
  if (item.kind !== "COMPLAINT") {
    return {
      acknowledgeBy: addWorkingDays(item.receivedOn, standards.acknowledgeDays, calendar),
      answerBy: addWorkingDays(item.receivedOn, standards.answerDays, calendar),
    };
  }
  const timescale = timescaleOf(regime, item.stage);
  const acknowledgeDays = COMPLAINT_ACKNOWLEDGE_DAYS[regime][item.stage];
  const start = (timescale.startsOnAcknowledgement && item.acknowledgedOn) || item.receivedOn;
  const allowed = timescale.target + Math.min(item.extensionWorkingDays ?? 0, timescale.extensionCap);
  return {
    acknowledgeBy: acknowledgeDays === null ? null : addWorkingDays(item.receivedOn, acknowledgeDays, calendar),
    answerBy: addWorkingDays(start, allowed, calendar),
  };
};

export type Overdue = "acknowledgement" | "answer" | null;

/** Late once the due day has passed: answering on the due day itself is within the standard. */
export const overdueClock = (
  item: { status: FeedbackStatus; acknowledgeBy: IsoDate | null; answerBy: IsoDate },
  today: IsoDate,
): Overdue => {
  switch (item.status) {
    case "RECEIVED":
      if (item.answerBy < today) return "answer";
      return item.acknowledgeBy !== null && item.acknowledgeBy < today ? "acknowledgement" : null;
    case "ACKNOWLEDGED":
      return item.answerBy < today ? "answer" : null;
    case "ANSWERED":
    case "CLOSED":
      return null;
  }
};

/** The reference tenants quote and the complaints file carries as complaint_ref. */
export const feedbackReference = (number: number) => `FB-${String(number).padStart(6, "0")}`;

/** What an officer may do next, by status: each is also a conditional update in its use case. */
export const canEscalate = (item: { kind: FeedbackKind; stage: number; status: FeedbackStatus }) =>
  item.kind === "COMPLAINT" && item.stage === 1 && (item.status === "ANSWERED" || item.status === "CLOSED");

export const OPEN_STATUSES = ["RECEIVED", "ACKNOWLEDGED"] as const satisfies FeedbackStatus[];

/** Still waiting for its answer: the answer date applies and an officer may reply. */
export const isOpenStatus = (status: FeedbackStatus) => (OPEN_STATUSES as readonly FeedbackStatus[]).includes(status);

type ThemeCount = { quarter: number; serviceArea: ServiceArea; kind: FeedbackKind; count: number };

export const THEME_KINDS = ["COMPLIMENT", "COMMENT", "SUGGESTION", "COMPLAINT"] as const satisfies FeedbackKind[];

/** The database's counts laid out as a table: one row per quarter and service area, a column per kind. */
export const themeTable = (rows: readonly ThemeCount[]) => {
  const table = new Map<
    string,
    { quarter: number; serviceArea: ServiceArea; counts: Record<FeedbackKind, number>; total: number }
  >();
  for (const row of rows) {
    const key = `${row.quarter} ${row.serviceArea}`;
    const line = table.get(key) ?? {
      quarter: row.quarter,
      serviceArea: row.serviceArea,
      counts: { COMPLIMENT: 0, COMMENT: 0, SUGGESTION: 0, COMPLAINT: 0 },
      total: 0,
    };
    line.counts[row.kind] += row.count;
    line.total += row.count;
    table.set(key, line);
  }
  return [...table.values()].sort((a, b) => a.quarter - b.quarter || b.total - a.total);
};
