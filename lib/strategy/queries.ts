import { db } from "@/lib/db";
import { getAssessment } from "./equality-assessment";
import { getMonitoringVerdict } from "@/lib/monitoring/queries";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { reviewAlerts } from "./rules";
import { financialQuarter, quarterRange, ukToday } from "@/lib/uk-time";

export const listStrategies = () =>
  db.strategy.findMany({
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, status: true, startsOn: true, endsOn: true, approvedOn: true },
  });

const STRUCTURE = {
  objectives: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      title: true,
      priorities: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          title: true,
          commitments: { orderBy: { position: "asc" }, select: { id: true, text: true } },
        },
      },
    },
  },
} as const;

/** The consultation on a strategy, as its page reports it. */
const CONSULTATION_SUMMARY = {
  id: true,
  title: true,
  status: true,
  opensAt: true,
  closesAt: true,
  outcome: true,
  outcomePublishedAt: true,
  _count: { select: { responses: true } },
} as const;

export const getStrategy = (id: string) =>
  db.strategy.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      status: true,
      startsOn: true,
      endsOn: true,
      vision: true,
      values: true,
      consultationStartedOn: true,
      consultationReference: true,
      consultation: { select: CONSULTATION_SUMMARY },
      approvedOn: true,
      approvedBy: true,
      approvalMinuteRef: true,
      fullReviewDueOn: true,
      monitoringGroupId: true,
      kpiReviewDueOn: true,
      tenantConsultationOn: true,
      actionPlans: { orderBy: { year: "asc" }, select: { id: true, year: true } },
      ...STRUCTURE,
    },
  });

export type StrategyView = NonNullable<Awaited<ReturnType<typeof getStrategy>>>;

/** The landlord's protected characteristics, each with this strategy's assessment if there is one. */
export const getEqualityAssessment = (strategyId: string) => getAssessment({ strategyId });

export const getCurrentStrategy = () =>
  db.strategy.findFirst({
    where: { status: "APPROVED" },
    select: {
      id: true,
      title: true,
      startsOn: true,
      endsOn: true,
      vision: true,
      values: true,
      approvedOn: true,
      fullReviewDueOn: true,
      consultation: { select: CONSULTATION_SUMMARY },
      actionPlans: { orderBy: { year: "desc" }, select: { id: true, year: true } },
      ...STRUCTURE,
    },
  });

export const getActionPlan = (planId: string) =>
  db.actionPlan.findUnique({
    where: { id: planId },
    select: {
      id: true,
      year: true,
      strategy: {
        select: {
          id: true,
          title: true,
          status: true,
          priorities: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true } },
        },
      },
      actions: {
        orderBy: [{ priority: { number: "asc" } }, { targetOn: "asc" }],
        select: {
          id: true,
          title: true,
          owner: true,
          targetOn: true,
          status: true,
          priority: { select: { number: true } },
          updates: { orderBy: { postedOn: "desc" }, take: 1, select: { postedOn: true } },
        },
      },
    },
  });

export const getStrategyAction = (actionId: string) =>
  db.strategyAction.findUnique({
    where: { id: actionId },
    select: {
      id: true,
      title: true,
      owner: true,
      targetOn: true,
      measureOfSuccess: true,
      status: true,
      priority: { select: { number: true, title: true } },
      plan: { select: { id: true, year: true, strategy: { select: { status: true } } } },
      updates: {
        orderBy: [{ postedOn: "desc" }, { id: "desc" }],
        select: { id: true, postedOn: true, status: true, text: true, author: { select: { name: true } } },
      },
    },
  });

export type PriorityProgress = {
  id: string;
  number: number;
  title: string;
  counts: Partial<Record<ActionStatus, number>>;
  total: number;
};

/** Actions counted by priority and status in the database, not by loading every action. */
export const getProgressByPriority = async (
  planId: string,
  priorities: { id: string; number: number; title: string }[],
) => {
  const groups = await db.strategyAction.groupBy({
    by: ["priorityId", "status"],
    where: { planId },
    _count: { _all: true },
  });
  return priorities.map((priority): PriorityProgress => {
    const rows = groups.filter((group) => group.priorityId === priority.id);
    return {
      ...priority,
      counts: Object.fromEntries(rows.map((row) => [row.status, row._count._all])),
      total: rows.reduce((sum, row) => sum + row._count._all, 0),
    };
  });
};

/** The approved strategy's action plan for the financial year `now` falls in, or its latest one. */
export const currentPlanOf = (plans: { id: string; year: number }[], now: Date) =>
  plans.find((plan) => plan.year === financialQuarter(now).year) ?? plans[0] ?? null;

/**
 * The board's quarterly report on the approved strategy: progress by priority, the quarter's updates, and
 * the exceptions: at risk, off track, or past the target date (as at the quarter's end, or today if sooner).
 */
export const getQuarterReport = async (year: number, quarter: number, now: Date) => {
  const strategy = await db.strategy.findFirst({
    where: { status: "APPROVED" },
    select: {
      id: true,
      title: true,
      priorities: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true } },
    },
  });
  if (!strategy) return null;
  const { from, to } = quarterRange(year, quarter);
  const asAt = ukToday(now) < to ? ukToday(now) : to;
  const plan = await db.actionPlan.findUnique({
    where: { strategyId_year: { strategyId: strategy.id, year } },
    select: { id: true },
  });
  const [progress, updates, exceptions, presentations, monitoring] = await Promise.all([
    plan ? getProgressByPriority(plan.id, strategy.priorities) : [],
    db.actionUpdate.findMany({
      where: { postedOn: { gte: from, lt: to }, action: { plan: { strategyId: strategy.id } } },
      orderBy: [{ postedOn: "asc" }, { id: "asc" }],
      select: {
        id: true,
        postedOn: true,
        status: true,
        text: true,
        action: { select: { title: true, priority: { select: { number: true } } } },
      },
    }),
    plan
      ? db.strategyAction.findMany({
          where: {
            planId: plan.id,
            OR: [{ status: { in: ["AT_RISK", "OFF_TRACK"] } }, { status: { not: "COMPLETE" }, targetOn: { lt: asAt } }],
          },
          orderBy: { targetOn: "asc" },
          select: {
            id: true,
            title: true,
            owner: true,
            targetOn: true,
            status: true,
            priority: { select: { number: true } },
          },
        })
      : [],
    listPresentations(strategy.id, year, quarter),
    getMonitoringVerdict(strategy.id, year, quarter),
  ]);
  return {
    strategy: { id: strategy.id, title: strategy.title },
    hasPlan: plan !== null,
    asAt,
    progress,
    updates,
    exceptions,
    presentations,
    monitoring,
  };
};

/** Reviews of the approved strategy that are due soon or late, for the staff and board home pages. */
export const getReviewAlerts = async (now: Date) => {
  const strategy = await db.strategy.findFirst({
    where: { status: "APPROVED" },
    select: { fullReviewDueOn: true, kpiReviewDueOn: true, tenantConsultationOn: true },
  });
  return strategy ? reviewAlerts(strategy, now) : [];
};

export const listJargonTerms = () =>
  db.jargonTerm.findMany({ orderBy: { term: "asc" }, select: { id: true, term: true, definition: true } });

/** Consultations an officer may link a draft strategy to, those about a strategy first. */
export const listConsultationChoices = () =>
  db.consultation.findMany({
    orderBy: [{ topic: "asc" }, { createdAt: "desc" }],
    select: { id: true, title: true, topic: true },
  });

/** Every body a period's report went to, board first; quarter 0 is the annual monitoring report. */
export const listPresentations = (strategyId: string, year: number, quarter: number) =>
  db.strategyReportPresentation.findMany({
    where: { strategyId, year, quarter },
    orderBy: [{ body: "asc" }],
    select: { id: true, body: true, presentedOn: true, meeting: true, minuteRef: true },
  });
