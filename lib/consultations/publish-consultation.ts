import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { notifyCustomers } from "./notify-customers";
import { publishedStatus } from "./rules";

/** A draft becomes visible: open at once when its opening date has come, otherwise scheduled. */
export const publishConsultation = async ({
  actor,
  consultationId,
  now = new Date(),
}: {
  actor: Actor;
  consultationId: string;
  now?: Date;
}) => {
  const status = await db.$transaction(async (tx) => {
    const consultation = await tx.consultation.findUnique({
      where: { id: consultationId },
      select: { opensAt: true, closesAt: true, _count: { select: { questions: true } } },
    });
    if (!consultation) throw notFoundError("consultation");
    if (consultation._count.questions === 0) throw new DomainError("Add at least one question before publishing.");
    if (consultation.closesAt <= now)
      throw new DomainError("The closing date has passed. Change the dates before publishing.");
    const status = publishedStatus(consultation.opensAt, now);
    const { count } = await tx.consultation.updateMany({
      where: { id: consultationId, status: "DRAFT" },
      data: { status, openingNoticeSentAt: status === "OPEN" ? now : null },
    });
    if (count === 0) throw new DomainError("This consultation has already been published.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "consultation.published",
      entityType: "Consultation",
      entityId: consultationId,
      details: { status },
    });
    return status;
  });
  // One published open is announced now; a scheduled one by sendDueOpeningNotices when its day comes.
  if (status === "OPEN") await notifyCustomers(consultationId, "opened");
  return status;
};
