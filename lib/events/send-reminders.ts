import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { env } from "@/lib/env";
import { unsubscribeFor } from "@/lib/mail/involvement-email";
import { sendTemplatedEmail } from "@/lib/mail/send-email";
import type { Actor } from "@/lib/auth/actor";

type RemindedEvent = { id: string; title: string; startsAt: Date; venue: string | null; joiningLink: string | null };

/** Automatic reminders go out this long before an event starts. */
export const REMIND_BEFORE_MS = 2 * 24 * 60 * 60 * 1000;

/** People with a place who agreed to email. */
const recipientsOf = async (tx: Tx | typeof db, eventId: string) =>
  (
    await tx.eventRegistration.findMany({
      where: {
        eventId,
        status: "REGISTERED",
        customer: { anonymisedAt: null, email: { not: null }, consents: { some: { channel: "EMAIL" } } },
      },
      select: { customer: { select: { id: true, email: true, firstName: true } } },
    })
  ).map((registration) => registration.customer);

// Email only after the commit, so a rolled-back request sends nothing.
const emailReminders = async (event: RemindedEvent, recipients: Awaited<ReturnType<typeof recipientsOf>>) => {
  for (const customer of recipients) {
    await sendTemplatedEmail(customer.email as string, {
      subject: `Reminder: ${event.title}`,
      greeting: `Dear ${customer.firstName},`,
      blocks: [
        { kind: "paragraph", text: `This is a reminder that you have a place at ${event.title}.` },
        {
          kind: "facts",
          rows: [
            ["When", formatDateTime(event.startsAt)],
            ...(event.venue ? [["Where", event.venue] as [string, string]] : []),
            // Only people with a place are reminded, so the link to join goes to them alone.
            ...(event.joiningLink ? [["Join online at", event.joiningLink] as [string, string]] : []),
          ],
        },
        { kind: "paragraph", text: "If you can no longer come, please cancel your place so someone else can have it." },
        { kind: "link", label: "See or cancel your place", href: `${env.APP_URL}/tenant/events/${event.id}` },
      ],
      unsubscribe: unsubscribeFor(customer.id),
    });
  }
};

/** An officer's "Send reminders": emails everyone with a place now, and records that reminders went out. */
export const sendReminders = async ({
  actor,
  eventId,
  now = new Date(),
}: {
  actor: Actor;
  eventId: string;
  now?: Date;
}) => {
  const { event, recipients } = await db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({
      where: { id: eventId },
      select: { id: true, title: true, startsAt: true, venue: true, joiningLink: true },
    });
    if (!event) throw notFoundError("event");
    if (event.startsAt <= now) throw new DomainError("This event has already started, so there is no one to remind.");
    const recipients = await recipientsOf(tx, eventId);
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
  await emailReminders(event, recipients);
  return { sent: recipients.length };
};

/**
 * Reminds people of events starting within two days that nobody has sent reminders for. Each event is claimed in
 * the statement that finds it, so a reminder goes out once however many servers run this.
 */
export const sendDueReminders = async (now = new Date()) => {
  const due = await db.$queryRaw<RemindedEvent[]>`
    UPDATE "Event" SET "remindersSentAt" = ${now}
    WHERE "remindersSentAt" IS NULL AND "startsAt" > ${now} AND "startsAt" <= ${new Date(now.getTime() + REMIND_BEFORE_MS)}
    RETURNING "id", "title", "startsAt", "venue", "joiningLink"`;
  let sent = 0;
  for (const event of due) {
    const recipients = await recipientsOf(db, event.id);
    await emailReminders(event, recipients);
    sent += recipients.length;
  }
  return { events: due.length, sent };
};
