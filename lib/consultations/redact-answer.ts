import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

type Options = { actor: Actor; consultationId: string; answerId: bigint; now?: Date };

/**
 * Blanks a written answer that names someone or is abusive, before results are shared. The words are gone for
 * good; the audit log keeps who removed it and when, not what it said.
 */
export const redactAnswer = ({ actor, consultationId, answerId, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    const { count } = await tx.consultationAnswer.updateMany({
      where: { id: answerId, redactedAt: null, text: { not: null }, response: { consultationId } },
      data: { text: "", redactedAt: now },
    });
    if (count === 0) throw new DomainError("That answer has already been removed, or it is not a written answer.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "consultation.answer.redacted",
      entityType: "Consultation",
      entityId: consultationId,
      details: { answerId: String(answerId) },
    });
  });
