import { sendDueOpeningNotices } from "@/lib/consultations/send-opening-notices";
import { sendDueReminders } from "@/lib/events/send-reminders";

/** Work the queue runs: `run` gets the job's data; `cron` (UK time) makes it recurring. */
export type JobDefinition = {
  name: string;
  /** What administrators see on the jobs page. */
  label: string;
  run: (data: unknown) => Promise<unknown>;
  cron?: string;
  /** Tries after the first; each waits twice as long as the one before (pg-boss's backoff). */
  retryLimit?: number;
  retryDelaySeconds?: number;
};

/**
 * Work that falls due by the clock rather than by anyone's click. Each job claims its rows in the statement that finds
 * them, so a run repeated by a retry or by two servers sends nothing twice. Adding one is one line here.
 */
export const RECURRING_JOBS: JobDefinition[] = [
  {
    name: "consultation-opening-notices",
    label: "Consultation opening notices",
    cron: "* * * * *",
    run: () => sendDueOpeningNotices(),
  },
  { name: "event-reminders", label: "Event reminders", cron: "* * * * *", run: () => sendDueReminders() },
];

export const JOBS: JobDefinition[] = [...RECURRING_JOBS];

export const jobLabel = (name: string) => JOBS.find((job) => job.name === name)?.label ?? name;
