import { withNoticeEmails } from "@/lib/mail/notice-emails";
import { queueReminders, type RemindedEvent } from "./reminders";

/** Automatic reminders go out this long before an event starts. */
export const REMIND_BEFORE_MS = 2 * 24 * 60 * 60 * 1000;

/**
 * The recurring job: reminds people of events starting within two days that nobody has sent reminders for. Each
 * event is claimed in the statement that finds it, so a reminder goes out once however many servers run this, and
 * its emails are queued in the same transaction. (The worker has made its queues before running this.)
 */
export const sendDueReminders = (now = new Date()) =>
  withNoticeEmails(async (tx, boss) => {
    const due = await tx.$queryRaw<RemindedEvent[]>`
      UPDATE "Event" SET "remindersSentAt" = ${now}
      WHERE "remindersSentAt" IS NULL AND "startsAt" > ${now}
        AND "startsAt" <= ${new Date(now.getTime() + REMIND_BEFORE_MS)}
      RETURNING "id", "title", "startsAt", "venue", "joiningLink"`;
    let sent = 0;
    for (const event of due) sent += (await queueReminders(tx, boss, event, now)).length;
    return { events: due.length, sent };
  });
