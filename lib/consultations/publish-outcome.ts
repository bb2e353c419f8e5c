import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { notifyCustomers } from "./notify-customers";

type Options = { actor: Actor; consultationId: string; youSaid: string; outcome: string; now?: Date };

/**
 * "You said, We did": officers' summary of what tenants told us and what the landlord changed because of it,
 * shown to everyone and emailed to the people who responded.
 */
export const publishOutcome = async ({ actor, consultationId, youSaid, outcome, now = new Date() }: Options) => {
  await db.$transaction(async (tx) => {
    const { count } = await tx.consultation.updateMany({
      where: { id: consultationId, status: "RESULTS_PUBLISHED" },
      data: { status: "OUTCOME_PUBLISHED", youSaid, outcome, outcomePublishedAt: now },
    });
    if (count === 0) throw new DomainError("Publish the results first. An outcome can be published once.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "consultation.outcome_published",
      entityType: "Consultation",
      entityId: consultationId,
    });
  });
  await notifyCustomers(consultationId, "outcome");
};
