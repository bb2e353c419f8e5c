import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

/** Results can be published once the consultation has closed, by the button or by its closing date. */
export const publishResults = ({
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
        OR: [{ status: "CLOSED" }, { status: { in: ["SCHEDULED", "OPEN"] }, closesAt: { lte: now } }],
      },
      data: { status: "RESULTS_PUBLISHED", resultsPublishedAt: now },
    });
    if (count === 0)
      throw new DomainError("Results can be published only once the consultation has closed, and only once.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "consultation.results_published",
      entityType: "Consultation",
      entityId: consultationId,
    });
  });
