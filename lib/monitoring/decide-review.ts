import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { MonitoringOutcome } from "@/lib/generated/prisma/enums";
import type { GroupWorker } from "@/lib/groups/work-access";
import { ukToday } from "@/lib/uk-time";
import { decisionProblems, overallRating, periodProblem } from "./rules";
import { auditMonitoring, lockMonitoringReview, strategyForMonitoring } from "./shared";

type Options = {
  actor: GroupWorker;
  strategyId: string;
  year: number;
  quarter: number;
  outcome: MonitoringOutcome;
  note?: string | undefined;
  now?: Date;
};

/**
 * The group signs off the period's progress or refers it to the board. The rating is worked out from the
 * group's ratings of the actions, and the decision is final: a trigger refuses any later change.
 */
export const decideMonitoringReview = async ({
  actor,
  strategyId,
  year,
  quarter,
  outcome,
  note,
  now = new Date(),
}: Options) => {
  const period = periodProblem(year, quarter, now);
  if (period) throw new DomainError(`${period}.`, { outcome: period });
  return db.$transaction(async (tx) => {
    const { groupId, access } = await strategyForMonitoring(tx, actor, strategyId, now);
    const review = await lockMonitoringReview(tx, { strategyId, groupId, year, quarter });
    if (review.outcome) throw new DomainError("The group has already decided on this period.");
    const [actions, notes] = await Promise.all([
      tx.strategyAction.count({ where: { plan: { strategyId, year } } }),
      tx.monitoringActionNote.findMany({ where: { reviewId: review.id }, select: { rating: true } }),
    ]);
    const rating = overallRating(notes.map((row) => row.rating));
    const problems = decisionProblems({ outcome, note, actions, rated: notes.length }, rating);
    const first = Object.values(problems)[0];
    if (first) throw new DomainError(first, problems);
    await tx.monitoringReview.update({
      where: { id: review.id },
      data: { outcome, rating, outcomeNote: note ?? null, decidedOn: ukToday(now), decidedById: actor.id },
    });
    await auditMonitoring(tx, actor.id, "review.decided", "MonitoringReview", review.id, {
      outcome,
      rating,
      note: note ?? null,
      as: access.as,
    });
    return { rating };
  });
};
