import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { ConsultationDetails } from "./schemas";

/** Starts a consultation as a draft: nobody outside the staff area sees it until it is published. */
export const createConsultation = ({ actor, details }: { actor: Actor; details: ConsultationDetails }) =>
  db.$transaction(async (tx) => {
    const consultation = await tx.consultation.create({
      data: { ...details, createdById: actor.id },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "consultation.created",
      entityType: "Consultation",
      entityId: consultation.id,
      details: { title: details.title },
    });
    return consultation;
  });
