import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { loadClock, fromDbDate, toDbDate, today } from "./clock";
import { changedMeanwhile, currentStage } from "./guards";
import { dueDates } from "./rules";

type Options = { actor: Actor; feedbackId: string; now?: Date };

/**
 * Records that the tenant has been told we have their feedback. In England a complaint's answer clock then runs
 * from the acknowledgement (Complaint Handling Code), so its answer-by date moves.
 */
export const acknowledgeFeedback = async ({ actor, feedbackId, now = new Date() }: Options) => {
  const clock = await loadClock();
  const day = today(now);
  await db.$transaction(async (tx) => {
    const item = await currentStage(tx, feedbackId);
    const due = dueDates(
      {
        kind: item.kind,
        stage: item.stage as 1 | 2,
        receivedOn: fromDbDate(item.current.receivedOn),
        acknowledgedOn: day,
        extensionWorkingDays: item.current.extensionWorkingDays,
      },
      clock,
    );
    const { count } = await tx.feedback.updateMany({
      where: { id: feedbackId, status: "RECEIVED", stage: item.stage },
      data: { status: "ACKNOWLEDGED", answerBy: toDbDate(due.answerBy) },
    });
    if (count === 0) throw changedMeanwhile("it has already been acknowledged or answered");
    await tx.feedbackStage.update({
      where: { feedbackId_stage: { feedbackId, stage: item.stage } },
      data: { acknowledgedOn: toDbDate(day) },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "feedback.acknowledged",
      entityType: "Feedback",
      entityId: feedbackId,
      details: { stage: item.stage, on: day },
    });
  });
};
