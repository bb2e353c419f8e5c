import { sendDueOpeningNotices } from "@/lib/consultations/send-opening-notices";
import { sendDueReminders } from "@/lib/events/send-reminders";
import { sendCommentaryReminders } from "@/lib/kpi/commentary-requests";

const EVERY_MINUTE = 60_000;

/**
 * Work that falls due by the clock rather than by anyone's click: announcing consultations that open on a later
 * date, reminding people of events two days ahead, and officers of KPI commentary the board is waiting for. Runs in the web server, so nothing else needs installing;
 * each job claims its work in the database, so several servers can run it side by side.
 */
export const startScheduledJobs = () => {
  const jobs = [
    ["Consultation opening notices", sendDueOpeningNotices],
    ["Event reminders", sendDueReminders],
    ["KPI commentary reminders", sendCommentaryReminders],
  ] as const;
  const run = async () => {
    for (const [name, job] of jobs) {
      await job().catch((error: unknown) =>
        console.error(`${name} could not be sent; trying again in a minute.`, error),
      );
    }
  };
  void run();
  setInterval(run, EVERY_MINUTE).unref();
};
