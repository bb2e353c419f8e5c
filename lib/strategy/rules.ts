import type { ActionStatus, EqualityImpact, StrategyStatus } from "@/lib/generated/prisma/enums";
import { addYears, financialQuarter, quarterRange, ukToday } from "@/lib/uk-time";

/** Only drafts and versions out for consultation change; an approved strategy is the record of what was agreed. */
export const EDITABLE_STATUSES = ["DRAFT", "CONSULTATION"] as const satisfies StrategyStatus[];

export const isEditable = (status: StrategyStatus) => (EDITABLE_STATUSES as readonly StrategyStatus[]).includes(status);

/**
 * The strategy's life in one table: a draft goes out to tenants for consultation, is approved, and is
 * superseded when a newer version is approved. Use cases make each move as a conditional update from the
 * statuses listed here, and pages ask the same table which step to offer.
 */
const NEXT_STATUS: Record<StrategyStatus, readonly StrategyStatus[]> = {
  DRAFT: ["CONSULTATION"],
  CONSULTATION: ["APPROVED"],
  APPROVED: ["SUPERSEDED"],
  SUPERSEDED: [],
};

export const canMoveTo = (from: StrategyStatus, to: StrategyStatus) => NEXT_STATUS[from].includes(to);

/** The statuses a strategy may be in for a move to `to`: the where clause of that conditional update. */
export const statusesBefore = (to: StrategyStatus) =>
  (Object.keys(NEXT_STATUS) as StrategyStatus[]).filter((from) => canMoveTo(from, to));

/** The version in force: the only one with action plans and progress updates, and the one a new draft copies. */
export const IN_FORCE = "APPROVED" satisfies StrategyStatus;

export const isInForce = (status: StrategyStatus) => status === IN_FORCE;

export const STRATEGY_STATUS_LABEL: Record<StrategyStatus, string> = {
  DRAFT: "Draft",
  CONSULTATION: "Out for consultation",
  APPROVED: "Approved",
  SUPERSEDED: "Replaced by a newer version",
};

export const ACTION_STATUS_LABEL: Record<ActionStatus, string> = {
  NOT_STARTED: "Not started",
  ON_TRACK: "On track",
  AT_RISK: "At risk",
  OFF_TRACK: "Off track",
  COMPLETE: "Complete",
};

export const IMPACT_LABEL: Record<EqualityImpact, string> = {
  POSITIVE: "Positive",
  NEUTRAL: "Neutral",
  NEGATIVE: "Negative",
};

export type Rag = "GREY" | "GREEN" | "AMBER" | "RED" | "BLUE";

/** Red, amber, green (and blue for done) follows from the status, so nobody sets a colour by hand. */
export const ragFor = (status: ActionStatus): Rag => {
  switch (status) {
    case "NOT_STARTED":
      return "GREY";
    case "ON_TRACK":
      return "GREEN";
    case "AT_RISK":
      return "AMBER";
    case "OFF_TRACK":
      return "RED";
    case "COMPLETE":
      return "BLUE";
  }
};

/** Equality Act 2010 names for the landlord's equality questions, for the impact assessment. */
const CHARACTERISTIC_NAME: Record<string, string> = {
  age: "Age",
  disability: "Disability",
  gender_reassignment: "Gender reassignment",
  marriage: "Marriage and civil partnership",
  pregnancy: "Pregnancy and maternity",
  ethnicity: "Race",
  religion: "Religion or belief",
  sex: "Sex",
  sexual_orientation: "Sexual orientation",
};

export const characteristicName = (question: { key: string; label: string }) =>
  CHARACTERISTIC_NAME[question.key] ?? question.label;

/** The form field for one part of one characteristic's assessment, such as `evidence_age`. */
export const assessmentField = (field: "impact" | "evidence" | "mitigation", key: string) => `${field}_${key}`;

export type AssessmentRow = { impact?: string; evidence?: string; mitigation?: string };

/** What is wrong with one characteristic's assessment, by field; empty when it is complete. */
export const assessmentProblems = (row: AssessmentRow): Partial<Record<keyof AssessmentRow, string>> => {
  const problems: Partial<Record<keyof AssessmentRow, string>> = {};
  if (!row.impact) problems.impact = "Choose the likely impact";
  if (!row.evidence) problems.evidence = "Enter the evidence for this impact";
  if (row.impact === "NEGATIVE" && !row.mitigation)
    problems.mitigation = "Say what you will do to reduce a negative impact";
  return problems;
};

/** Characteristics still without a complete assessment; approval waits until this is empty. */
export const incompleteCharacteristics = (
  questions: { key: string; label: string }[],
  rows: Map<string, AssessmentRow>,
) =>
  questions
    .filter((question) => Object.keys(assessmentProblems(rows.get(question.key) ?? {})).length > 0)
    .map(characteristicName);

type TrackedAction = { status: ActionStatus; targetOn: Date; lastUpdateOn: Date | null };

export const isOverdue = (action: Pick<TrackedAction, "status" | "targetOn">, now: Date) =>
  action.status !== "COMPLETE" && action.targetOn < ukToday(now);

/** An unfinished action nobody has reported on since the current quarter began. */
export const needsUpdate = (action: TrackedAction, now: Date) => {
  if (action.status === "COMPLETE") return false;
  const { year, quarter } = financialQuarter(now);
  return !action.lastUpdateOn || action.lastUpdateOn < quarterRange(year, quarter).from;
};

/** What the board is told about by exception: at risk, off track or past its target date. */
export const isException = (action: Pick<TrackedAction, "status" | "targetOn">, now: Date) =>
  action.status === "AT_RISK" || action.status === "OFF_TRACK" || isOverdue(action, now);

/** A full review three years after approval, unless the landlord sets another date. */
export const FULL_REVIEW_YEARS = 3;
/** Tenants must be consulted on involvement arrangements at least every three years. */
export const TENANT_CONSULTATION_YEARS = 3;
/** A review shows as due this many days before its date. */
export const REVIEW_NOTICE_DAYS = 90;

export type ReviewAlert = { label: string; dueOn: Date; overdue: boolean };

type ReviewDates = { fullReviewDueOn: Date | null; kpiReviewDueOn: Date | null; tenantConsultationOn: Date | null };

/** Reviews falling due within the notice period or already late, soonest first. */
export const reviewAlerts = (dates: ReviewDates, now: Date): ReviewAlert[] => {
  const today = ukToday(now);
  const noticeFrom = new Date(today.getTime() + REVIEW_NOTICE_DAYS * 86_400_000);
  const candidates = [
    { label: "Full review of the involvement strategy", dueOn: dates.fullReviewDueOn },
    { label: "Yearly review of the strategy's performance indicators", dueOn: dates.kpiReviewDueOn },
    {
      label: "Consultation with tenants on involvement arrangements",
      dueOn: dates.tenantConsultationOn && addYears(dates.tenantConsultationOn, TENANT_CONSULTATION_YEARS),
    },
  ];
  return candidates
    .filter((c): c is { label: string; dueOn: Date } => c.dueOn !== null && c.dueOn <= noticeFrom)
    .map((c) => ({ ...c, overdue: c.dueOn < today }))
    .sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime());
};
