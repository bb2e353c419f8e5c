import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { toDbDate, today } from "./clock";
import { changedMeanwhile, currentStage } from "./guards";
import { notifyReply } from "./notify-reply";
import { OPEN_STATUSES } from "./rules";

type Options = { actor: Actor; feedbackId: string; text: string; final: boolean; now?: Date };

/**
 * A reply the tenant sees. The full answer stops the clock: the stage is responded to that day (and, if nobody
 * acknowledged it first, acknowledged too, since the answer tells them we have it).
 */
export const replyToFeedback = async ({ actor, feedbackId, text, final, now = new Date() }: Options) => {
  const day = toDbDate(today(now));
  await db.$transaction(async (tx) => {
    const item = await currentStage(tx, feedbackId);
    if (final) {
      const { count } = await tx.feedback.updateMany({
        where: { id: feedbackId, status: { in: OPEN_STATUSES }, stage: item.stage },
        data: { status: "ANSWERED" },
      });
      if (count === 0) throw changedMeanwhile("it has already been answered");
      await tx.feedbackStage.update({
        where: { feedbackId_stage: { feedbackId, stage: item.stage } },
        data: { respondedOn: day, acknowledgedOn: item.current.acknowledgedOn ?? day },
      });
    } else {
      const { count } = await tx.feedback.updateMany({
        where: { id: feedbackId, status: { not: "CLOSED" } },
        data: { updatedAt: now },
      });
      if (count === 0) throw changedMeanwhile("it has been closed");
    }
    await tx.feedbackReply.create({ data: { feedbackId, authorId: actor.id, text } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: final ? "feedback.answered" : "feedback.replied",
      entityType: "Feedback",
      entityId: feedbackId,
      details: { stage: item.stage },
    });
  });
  await notifyReply(feedbackId, text);
};
