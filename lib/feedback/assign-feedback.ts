import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { currentStage } from "./guards";

type Options = { actor: Actor; feedbackId: string; officerId: string };

/** Gives the feedback to an officer (or administrator) to deal with. */
export const assignFeedback = ({ actor, feedbackId, officerId }: Options) =>
  db.$transaction(async (tx) => {
    await currentStage(tx, feedbackId);
    const officer = await tx.user.findFirst({
      where: { id: officerId, role: { in: ["OFFICER", "ADMIN"] }, disabledAt: null },
      select: { id: true },
    });
    if (!officer)
      throw new DomainError("Choose an officer from the list.", { officerId: "Choose an officer from the list" });
    await tx.feedback.update({ where: { id: feedbackId }, data: { assignedToId: officer.id } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "feedback.assigned",
      entityType: "Feedback",
      entityId: feedbackId,
      details: { officerId },
    });
  });
