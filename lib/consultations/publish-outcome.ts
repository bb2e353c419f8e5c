import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { ensureQueues } from "@/lib/jobs/queues";
import { withNoticeEmails } from "@/lib/mail/notice-emails";
import { checkOutcomeCodes } from "@/lib/outcomes/tags";
import { notifyCustomers } from "./notify-customers";

type Options = {
  actor: Actor;
  consultationId: string;
  youSaid: string;
  outcome: string;
  /** The regulator's outcomes it evidences, offered then in the assurance map and the self-assessment. */
  outcomeCodes?: readonly string[];
  now?: Date;
};

/**
 * "You said, We did": officers' summary of what tenants told us and what the landlord changed because of it,
 * shown to everyone and emailed to the people who responded (queued in the transaction that publishes it).
 */
export const publishOutcome = async ({
  actor,
  consultationId,
  youSaid,
  outcome,
  outcomeCodes = [],
  now = new Date(),
}: Options) => {
  await ensureQueues();
  await withNoticeEmails(async (tx, boss) => {
    await checkOutcomeCodes(tx, outcomeCodes);
    const { count } = await tx.consultation.updateMany({
      where: { id: consultationId, status: "RESULTS_PUBLISHED" },
      data: { status: "OUTCOME_PUBLISHED", youSaid, outcome, outcomePublishedAt: now, outcomeCodes: [...outcomeCodes] },
    });
    if (count === 0) throw new DomainError("Publish the results first. An outcome can be published once.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "consultation.outcome_published",
      entityType: "Consultation",
      entityId: consultationId,
      details: { outcomeCodes: [...outcomeCodes] },
    });
    await notifyCustomers(tx, boss, consultationId, "outcome");
  });
};
