import type PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { unsubscribeFor } from "@/lib/mail/involvement-email";
import { queueNoticeEmails } from "@/lib/mail/notice-emails";

export type RemindedEvent = {
  id: string;
  title: string;
  startsAt: Date;
  venue: string | null;
  joiningLink: string | null;
};

/** People with a place who agreed to email. */
const recipientsOf = async (tx: Tx, eventId: string) =>
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

/**
 * Queues a reminder to everyone with a place, in the transaction that records reminders as sent (by an officer or
 * by the recurring job), so none is lost if the process stops after it commits (lib/mail/notice-emails.ts). Each
 * round is its own notice: an officer may remind people again. Returns whom it queued for.
 */
export const queueReminders = async (tx: Tx, boss: PgBoss, event: RemindedEvent, now: Date) => {
  const recipients = await recipientsOf(tx, event.id);
  await queueNoticeEmails(
    tx,
    boss,
    `event-reminder:${event.id}:${now.toISOString()}`,
    recipients.map((customer) => ({
      customerId: customer.id,
      to: customer.email as string,
      template: {
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
          {
            kind: "paragraph",
            text: "If you can no longer come, please cancel your place so someone else can have it.",
          },
          { kind: "link", label: "See or cancel your place", href: `${env.APP_URL}/tenant/events/${event.id}` },
        ],
        unsubscribe: unsubscribeFor(customer.id),
      },
    })),
  );
  return recipients;
};
