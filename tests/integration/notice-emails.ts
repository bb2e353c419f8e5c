import { db } from "@/lib/db";
import { NOTICE_EMAIL_QUEUE } from "@/lib/mail/notice-emails";
import { ensureQueues } from "@/lib/jobs/queues";
import { JOBS } from "@/lib/jobs/registry";
import { registerJob } from "@/lib/jobs/worker";

let working: Promise<void> | undefined;

/**
 * Works the notice emails' queue in the test's process, and only it: the recurring jobs would run on the real clock
 * and claim what a test is about to claim itself.
 */
export const workNoticeEmails = () =>
  (working ??= (async () => {
    await ensureQueues();
    await registerJob(JOBS.find((job) => job.name === NOTICE_EMAIL_QUEUE) as (typeof JOBS)[number]);
  })());

/**
 * Notices and reminders are queued with the change that makes them due and sent by the job queue: this works the
 * queue until none is left unsent.
 */
export const sendQueuedNoticeEmails = async (seconds = 20) => {
  await workNoticeEmails();
  for (let i = 0; i < seconds * 5; i += 1) {
    if ((await db.noticeEmail.count({ where: { sentAt: null } })) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("notice emails still unsent");
};
