import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { MonitoringRating } from "@/lib/generated/prisma/enums";
import type { GroupWorker } from "@/lib/groups/work-access";
import { periodProblem } from "./rules";
import { auditMonitoring, lockMonitoringReview, MONITORING_NOT_FOUND, strategyForMonitoring } from "./shared";

type Options = {
  actor: GroupWorker;
  actionId: string;
  quarter: number;
  rating: MonitoringRating;
  comment: string;
  now?: Date;
};

/**
 * The monitoring group's comment and rating on one action of the year's plan, for a quarter's review or the
 * annual one (quarter 0). Saving again replaces the group's note; the audit log keeps every version.
 */
export const saveActionNote = async ({ actor, actionId, quarter, rating, comment, now = new Date() }: Options) => {
  const action = await db.strategyAction.findUnique({
    where: { id: actionId },
    select: { plan: { select: { year: true, strategyId: true } } },
  });
  if (!action) throw MONITORING_NOT_FOUND;
  const { year, strategyId } = action.plan;
  const problem = periodProblem(year, quarter, now);
  if (problem) throw new DomainError(`${problem}.`, { quarter: problem });
  return db.$transaction(async (tx) => {
    const { groupId, access } = await strategyForMonitoring(tx, actor, strategyId, now);
    const review = await lockMonitoringReview(tx, { strategyId, groupId, year, quarter });
    if (review.outcome) throw new DomainError("The group has already decided on this period, so its notes are final.");
    const note = await tx.monitoringActionNote.upsert({
      where: { reviewId_actionId: { reviewId: review.id, actionId } },
      create: { reviewId: review.id, actionId, rating, comment, authorId: actor.id },
      update: { rating, comment, authorId: actor.id },
      select: { id: true },
    });
    await auditMonitoring(tx, actor.id, "note.saved", "MonitoringActionNote", note.id, {
      reviewId: review.id,
      actionId,
      rating,
      comment,
      as: access.as,
    });
    return { reviewId: review.id, year };
  });
};
