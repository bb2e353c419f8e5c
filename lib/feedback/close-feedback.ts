import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { changedMeanwhile, currentStage } from "./guards";

type Options = { actor: Actor; feedbackId: string };

/** Closes answered feedback: nothing more is expected of either side unless a complaint is escalated. */
export const closeFeedback = ({ actor, feedbackId }: Options) =>
  db.$transaction(async (tx) => {
    await currentStage(tx, feedbackId);
    const { count } = await tx.feedback.updateMany({
      where: { id: feedbackId, status: "ANSWERED" },
      data: { status: "CLOSED" },
    });
    if (count === 0) throw changedMeanwhile("only answered feedback can be closed");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "feedback.closed",
      entityType: "Feedback",
      entityId: feedbackId,
    });
  });
