import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { notifyCustomers } from "./notify-customers";

type Options = { actor: Actor; consultationId: string; outcome: string; now?: Date };

/** "You said, We did": what the landlord changed because of the consultation, shown to everyone. */
export const publishOutcome = async ({ actor, consultationId, outcome, now = new Date() }: Options) => {
  await db.$transaction(async (tx) => {
    const { count } = await tx.consultation.updateMany({
      where: { id: consultationId, status: "RESULTS_PUBLISHED" },
      data: { status: "OUTCOME_PUBLISHED", outcome, outcomePublishedAt: now },
    });
    if (count === 0) throw new DomainError("Publish the results first. An outcome can be published once.");
    await recordAuditEvent(tx, { actorId: actor.id, action: "consultation.outcome_published", entityType: "Consultation", entityId: consultationId });
  });
  await notifyCustomers(consultationId, "outcome");
};
