import { sendDueOpeningNotices } from "@/lib/consultations/send-opening-notices";

const EVERY_MINUTE = 60_000;

/**
 * Work that falls due by the clock rather than by anyone's click: today, announcing consultations that open on a
 * later date. Runs in the web server, so nothing else needs installing; each job claims its work in the database,
 * so several servers can run it side by side.
 */
export const startScheduledJobs = () => {
  const run = () =>
    sendDueOpeningNotices().catch((error: unknown) => {
      console.error("Opening notices could not be sent; trying again in a minute.", error);
    });
  void run();
  setInterval(run, EVERY_MINUTE).unref();
};
