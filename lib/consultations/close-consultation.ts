import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

/** Closes an open consultation early ("close now"): the closing time becomes now, so no more responses. */
export const closeConsultation = ({
  actor,
  consultationId,
  now = new Date(),
}: {
  actor: Actor;
  consultationId: string;
  now?: Date;
}) =>
  db.$transaction(async (tx) => {
    const { count } = await tx.consultation.updateMany({
      where: {
        id: consultationId,
        status: { in: ["SCHEDULED", "OPEN"] },
        opensAt: { lte: now },
        closesAt: { gt: now },
      },
      data: { status: "CLOSED", closesAt: now },
    });
    if (count === 0) throw new DomainError("Only an open consultation can be closed.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "consultation.closed",
      entityType: "Consultation",
      entityId: consultationId,
    });
  });
