import { db } from "@/lib/db";
import { getProgressByPriority, listPresentations } from "@/lib/strategy/queries";
import { listYearReviews } from "./queries";
import { WHOLE_YEAR } from "./rules";

/**
 * The annual monitoring report for a financial year: the monitoring group's review of each quarter and of the
 * year, where the report went, and the officers' progress by priority at the time of asking.
 */
export const getAnnualMonitoringReport = async (year: number) => {
  const strategy = await db.strategy.findFirst({
    where: { status: "APPROVED" },
    select: {
      id: true,
      title: true,
      monitoringGroup: { select: { name: true } },
      priorities: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true } },
    },
  });
  if (!strategy) return null;
  const plan = await db.actionPlan.findUnique({
    where: { strategyId_year: { strategyId: strategy.id, year } },
    select: { id: true },
  });
  const [reviews, presentations, progress] = await Promise.all([
    listYearReviews(strategy.id, year),
    listPresentations(strategy.id, year, WHOLE_YEAR),
    plan ? getProgressByPriority(plan.id, strategy.priorities) : [],
  ]);
  return {
    strategy: { id: strategy.id, title: strategy.title, monitoringGroup: strategy.monitoringGroup?.name ?? null },
    year,
    reviews,
    presentations,
    progress,
  };
};

export type AnnualMonitoringReport = NonNullable<Awaited<ReturnType<typeof getAnnualMonitoringReport>>>;
