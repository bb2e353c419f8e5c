import type PgBoss from "pg-boss";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { getBoss } from "@/lib/jobs/boss";
import { inTransaction } from "@/lib/jobs/in-transaction";
import type { EmailTemplate } from "./render-email";
import { sendTemplatedEmail } from "./send-email";

/** The queue of notice emails: each person's copy of a notice is one job, retried on its own. */
export const NOTICE_EMAIL_QUEUE = "notice-emails";

export type NoticeRecipient = { customerId?: string; userId?: string; to: string; template: EmailTemplate };

/**
 * Records who is to get a notice and queues one job each, inside the caller's transaction: the claim (or the
 * publishing) and the emails it owes commit together or not at all, as a newsletter's send does. A person already
 * given this notice is skipped (NoticeEmail is unique per notice and person). Returns how many were queued.
 */
export const queueNoticeEmails = async (tx: Tx, boss: PgBoss, notice: string, recipients: NoticeRecipient[]) => {
  if (recipients.length === 0) return 0;
  // pg-boss drops a job for a queue it does not know: refusing rolls the notice back for a later run, where going
  // on would record emails nobody sends. The worker and the pages' use cases make the queues first (ensureQueues).
  const [queue] = await tx.$queryRaw<unknown[]>`SELECT 1 FROM pgboss.queue WHERE "name" = ${NOTICE_EMAIL_QUEUE}`;
  if (!queue) throw new Error("The queue for notice emails has not been made yet: start the job worker.");
  const created = await tx.noticeEmail.createManyAndReturn({
    data: recipients.map(({ template, ...recipient }) => ({ ...recipient, notice, template })),
    select: { id: true },
    skipDuplicates: true,
  });
  if (created.length > 0) {
    await boss.insert(
      created.map(({ id }) => ({ name: NOTICE_EMAIL_QUEUE, data: { noticeEmailId: id } })),
      { db: inTransaction(tx) },
    );
  }
  return created.length;
};

/**
 * One transaction for a change that owes notice emails, given the queue to write them to. The queue is opened first:
 * on the embedded database its start would wait behind the transaction. Time enough for a large audience.
 */
export const withNoticeEmails = async <T>(work: (tx: Tx, boss: PgBoss) => Promise<T>) => {
  const boss = await getBoss();
  return db.$transaction((tx) => work(tx, boss), { timeout: 120_000 });
};

const ZNoticeEmailJob = z.object({ noticeEmailId: z.string().min(1) });

/**
 * The job: sends one person's copy unless it has gone already, then records it sent. A job repeated after a crash
 * between the two adds nothing to the outbox (one message per id); by SMTP such a crash may send it twice, as with
 * newsletters (docs/decisions/0034). A failure is thrown, so the queue tries again with backoff.
 */
export const sendNoticeEmail = async (data: unknown) => {
  const { noticeEmailId } = ZNoticeEmailJob.parse(data);
  const email = await db.noticeEmail.findUnique({ where: { id: noticeEmailId } });
  if (!email || email.sentAt) return;
  // Written by queueNoticeEmails from an EmailTemplate.
  await sendTemplatedEmail(email.to, email.template as EmailTemplate, email.id);
  await db.noticeEmail.updateMany({ where: { id: email.id, sentAt: null }, data: { sentAt: new Date() } });
};
