import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DomainError, notFoundError } from "@/lib/errors";
import { ensureQueues } from "@/lib/jobs/queues";
import { withNoticeEmails } from "@/lib/mail/notice-emails";
import type { Actor } from "@/lib/auth/actor";
import { queueReminders } from "./reminders";

/**
 * An officer's "Send reminders": records that reminders went out and queues an email to everyone with a place now,
 * in one transaction, so a rolled-back request sends nothing and a committed one loses nothing.
 */
export const sendReminders = async ({
  actor,
  eventId,
  now = new Date(),
}: {
  actor: Actor;
  eventId: string;
  now?: Date;
}) => {
  await ensureQueues();
  return withNoticeEmails(async (tx, boss) => {
    const event = await tx.event.findUnique({
      where: { id: eventId },
      select: { id: true, title: true, startsAt: true, venue: true, joiningLink: true },
    });
    if (!event) throw notFoundError("event");
    if (event.startsAt <= now) throw new DomainError("This event has already started, so there is no one to remind.");
    await tx.event.update({ where: { id: eventId }, data: { remindersSentAt: now } });
    const recipients = await queueReminders(tx, boss, event, now);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "event.reminders.sent",
      entityType: "Event",
      entityId: eventId,
      details: { customerIds: recipients.map((c) => c.id) },
    });
    return { sent: recipients.length };
  });
};
