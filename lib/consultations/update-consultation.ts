import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { ConsultationDetails } from "./schemas";

type Options = { actor: Actor; consultationId: string; details: ConsultationDetails };

/** Title, dates and audience can change only while it is a draft: once published, people rely on them. */
export const updateConsultation = ({ actor, consultationId, details }: Options) =>
  db.$transaction(async (tx) => {
    const { count } = await tx.consultation.updateMany({
      where: { id: consultationId, status: "DRAFT" },
      data: details,
    });
    if (count === 0) throw new DomainError("Only a draft consultation can be changed.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "consultation.changed",
      entityType: "Consultation",
      entityId: consultationId,
    });
  });
