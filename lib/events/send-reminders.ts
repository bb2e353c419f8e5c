import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { sendEmail } from "@/lib/mail/send-email";
import type { Actor } from "./actor";

/** Emails everyone with a place who has agreed to email, and records that reminders went out. */
export const sendReminders = async ({ actor, eventId, now = new Date() }: { actor: Actor; eventId: string; now?: Date }) => {
  const { event, recipients } = await db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { title: true, startsAt: true, venue: true } });
    if (!event) throw new DomainError("We could not find that event.", {}, "not-found");
    if (event.startsAt <= now) throw new DomainError("This event has already started, so there is no one to remind.");
    const registrations = await tx.eventRegistration.findMany({
      where: {
        eventId,
        status: "REGISTERED",
        customer: { anonymisedAt: null, email: { not: null }, consents: { some: { channel: "EMAIL" } } },
      },
      select: { customer: { select: { id: true, email: true, firstName: true } } },
    });
    const recipients = registrations.map((r) => r.customer);
    await tx.event.update({ where: { id: eventId }, data: { remindersSentAt: now } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "event.reminders.sent",
      entityType: "Event",
      entityId: eventId,
      details: { customerIds: recipients.map((c) => c.id) },
    });
    return { event, recipients };
  });
  // Email only after the commit, so a rolled-back request sends nothing.
  for (const customer of recipients) {
    await sendEmail({
      to: customer.email as string,
      subject: `Reminder: ${event.title}`,
      text: [
        `Dear ${customer.firstName},`,
        "",
        `This is a reminder that you have a place at ${event.title} on ${formatDateTime(event.startsAt)}${event.venue ? ` at ${event.venue}` : ""}.`,
        "",
        "If you can no longer come, please cancel your place in the portal so someone else can have it.",
      ].join("\n"),
    });
  }
  return { sent: recipients.length };
};
