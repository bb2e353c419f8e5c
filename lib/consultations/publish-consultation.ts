import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError, notFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { ensureQueues } from "@/lib/jobs/queues";
import { withNoticeEmails } from "@/lib/mail/notice-emails";
import { notifyCustomers } from "./notify-customers";
import { publishedStatus } from "./rules";

/**
 * A draft becomes visible: open at once when its opening date has come, otherwise scheduled. One published open is
 * announced in the same transaction (its emails queued, notify-customers.ts); a scheduled one by
 * sendDueOpeningNotices when its day comes.
 */
export const publishConsultation = async ({
  actor,
  consultationId,
  now = new Date(),
}: {
  actor: Actor;
  consultationId: string;
  now?: Date;
}) => {
  await ensureQueues();
  return withNoticeEmails(async (tx, boss) => {
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
    if (status === "OPEN") await notifyCustomers(tx, boss, consultationId, "opened");
    return status;
  });
};
