import { getBoss } from "./boss";
import { JOBS, type JobDefinition } from "./registry";

const DEFAULT_RETRY_LIMIT = 5;
const DEFAULT_RETRY_DELAY_SECONDS = 30;
/** A job still running this long after it was claimed (its worker died) is failed and so retried. */
const EXPIRE_SECONDS = 5 * 60;

/** Creates (or updates) the job's queue and works it in this process; recurring jobs are scheduled and run once now. */
export const registerJob = async (job: JobDefinition) => {
  const boss = await getBoss();
  const queue = {
    name: job.name,
    retryLimit: job.retryLimit ?? DEFAULT_RETRY_LIMIT,
    retryDelay: job.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
    retryBackoff: true,
    expireInSeconds: EXPIRE_SECONDS,
  };
  if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, queue);
  else await boss.createQueue(job.name, queue);
  await boss.work(job.name, async ([claimed]) => {
    if (claimed) await job.run(claimed.data);
  });
  if (job.cron) {
    await boss.schedule(job.name, job.cron, {}, { tz: "Europe/London" });
    // A job due while no server ran is done now rather than at the next minute; one start among many servers wins.
    await boss.send(job.name, {}, { singletonKey: "on-start", singletonSeconds: 30 });
  }
};

let started: Promise<void> | undefined;

/** Runs every job in this process: beside the web server (instrumentation.ts) or alone (`npm run worker`). */
export const startJobWorker = () => {
  started ??= (async () => {
    for (const job of JOBS) await registerJob(job);
  })();
  return started;
};
