import { deliver, DELIVERY_QUEUES } from "@/lib/communications/deliver";
import { sendDueOpeningNotices } from "@/lib/consultations/send-opening-notices";
import { env } from "@/lib/env";
import { sendDueReminders } from "@/lib/events/send-due-reminders";
import { sendDueMeetingReminders } from "@/lib/groups/meeting-reminders";
import { sendCommentaryReminders } from "@/lib/kpi/commentary-reminders";
import { NOTICE_EMAIL_QUEUE, sendNoticeEmail } from "@/lib/mail/notice-emails";
import { scheduleRentConsultation } from "@/lib/rent/schedule-rent-consultation";

/** Work the queue runs: `run` gets the job's data; `cron` (UK time) makes it recurring. */
export type JobDefinition = {
  name: string;
  /** What administrators see on the jobs page. */
  label: string;
  /** `lastTry`: no retry follows if this one fails, so the job can record the failure for people to see. */
  run: (data: unknown, attempt: { lastTry: boolean }) => Promise<unknown>;
  /** Jobs one worker claims at a time; each succeeds or fails on its own. */
  batchSize?: number;
  /** A running job is failed (so retried) this long after it was claimed: its worker has died. */
  expireInSeconds?: number;
  cron?: string;
  /** Tries after the first; each waits twice as long as the one before (pg-boss's backoff). */
  retryLimit?: number;
  retryDelaySeconds?: number;
};

/**
 * Work that falls due by the clock rather than by anyone's click. Each job claims its rows in the statement that finds
 * them, so a run repeated by a retry or by two servers sends nothing twice; a job that emails people queues their
 * notice emails in the claim's transaction (lib/mail/notice-emails.ts). Adding one is one line here.
 */
export const RECURRING_JOBS: JobDefinition[] = [
  {
    name: "consultation-opening-notices",
    label: "Consultation opening notices",
    cron: "* * * * *",
    run: () => sendDueOpeningNotices(),
  },
  { name: "event-reminders", label: "Event reminders", cron: "* * * * *", run: () => sendDueReminders() },
  {
    name: "kpi-commentary-reminders",
    label: "KPI commentary reminders",
    cron: "* * * * *",
    run: () => sendCommentaryReminders(),
  },
  {
    name: "rent-consultation-draft",
    label: "Next year's rent consultation drafted",
    cron: "0 6 * * *",
    run: () => scheduleRentConsultation(),
  },
  {
    name: "group-meeting-reminders",
    label: "Group meeting reminders",
    cron: "* * * * *",
    run: () => sendDueMeetingReminders(),
  },
];

/** Each person's copy of a newsletter is one job, so each is retried, and fails, on its own. */
const delivery = (name: string, label: string): JobDefinition => ({
  name,
  label,
  run: deliver,
  batchSize: 50,
  retryDelaySeconds: 10,
  expireInSeconds: env.DELIVERY_EXPIRE_SECONDS,
});
const DELIVERY_JOBS: JobDefinition[] = [
  delivery(DELIVERY_QUEUES.EMAIL, "Newsletter emails"),
  delivery(DELIVERY_QUEUES.SMS, "Newsletter text messages"),
  delivery(DELIVERY_QUEUES.LETTER, "Newsletter letters"),
];

/** Each person's copy of a consultation notice or a reminder, queued with the notice (lib/mail/notice-emails.ts). */
const NOTICE_EMAILS: JobDefinition = {
  name: NOTICE_EMAIL_QUEUE,
  label: "Notice and reminder emails",
  run: sendNoticeEmail,
  batchSize: 20,
};

export const JOBS: JobDefinition[] = [...RECURRING_JOBS, ...DELIVERY_JOBS, NOTICE_EMAILS];

export const jobLabel = (name: string) => JOBS.find((job) => job.name === name)?.label ?? name;
