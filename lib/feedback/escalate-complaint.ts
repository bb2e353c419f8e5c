import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { loadClock, toDbDate, today } from "./clock";
import { changedMeanwhile, currentStage } from "./guards";
import { canEscalate, dueDates } from "./rules";

/** The complainant asking from their own account: only their own complaint, with their reason kept. */
type TenantRequest = { customerId: string; reason: string };

type Options = { actor: Actor; feedbackId: string; now?: Date; request?: TenantRequest };

/**
 * The complainant is not satisfied with the stage 1 answer: stage 2 (England) or the investigation stage
 * (Scotland) starts on the day they asked, with its own clocks and its own row in the complaints file. Both
 * codes let the complainant ask; an officer records it when they ask by phone or letter, or they ask online.
 */
export const escalateComplaint = async ({ actor, feedbackId, now = new Date(), request }: Options) => {
  const clock = await loadClock();
  const day = today(now);
  await db.$transaction(async (tx) => {
    const item = await currentStage(tx, feedbackId);
    // Someone else's complaint reads as missing to a tenant, as on their pages.
    if (request && item.customerId !== request.customerId) {
      throw notFoundError("feedback");
    }
    if (!canEscalate(item)) throw new DomainError("Only a complaint answered at stage 1 can be escalated to stage 2.");
    const due = dueDates({ kind: item.kind, stage: 2, receivedOn: day }, clock);
    const { count } = await tx.feedback.updateMany({
      where: { id: feedbackId, stage: 1, status: { in: ["ANSWERED", "CLOSED"] } },
      data: {
        stage: 2,
        status: "RECEIVED",
        acknowledgeBy: due.acknowledgeBy === null ? null : toDbDate(due.acknowledgeBy),
        answerBy: toDbDate(due.answerBy),
      },
    });
    if (count === 0) throw changedMeanwhile("it has already been escalated");
    await tx.feedbackStage.create({
      data: { feedbackId, stage: 2, receivedOn: toDbDate(day), requestReason: request?.reason ?? null },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "feedback.escalated",
      entityType: "Feedback",
      entityId: feedbackId,
      details: { on: day, askedBy: request ? "complainant" : "officer" },
    });
  });
};
