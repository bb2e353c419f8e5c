import { getBoss } from "./boss";
import { JOBS, type JobDefinition } from "./registry";

const DEFAULT_RETRY_LIMIT = 5;
const DEFAULT_RETRY_DELAY_SECONDS = 30;
/** A job still running this long after it was claimed (its worker died) is failed and so retried. */
const EXPIRE_SECONDS = 5 * 60;

/** Creates the job's queue, or brings its retry settings up to date. */
export const ensureQueue = async (job: JobDefinition) => {
  const boss = await getBoss();
  const queue = {
    name: job.name,
    retryLimit: job.retryLimit ?? DEFAULT_RETRY_LIMIT,
    retryDelay: job.retryDelaySeconds ?? DEFAULT_RETRY_DELAY_SECONDS,
    retryBackoff: true,
    expireInSeconds: job.expireInSeconds ?? EXPIRE_SECONDS,
  };
  if (await boss.getQueue(job.name)) await boss.updateQueue(job.name, queue);
  else await boss.createQueue(job.name, queue);
};

let ready: Promise<void> | undefined;

/**
 * Every queue exists before a job is added: pg-boss drops a job for a queue it does not know. Web servers that run no
 * worker (JOBS_IN_WEB=0) still add jobs, so they call this too.
 */
export const ensureQueues = () => {
  ready ??= (async () => {
    for (const job of JOBS) await ensureQueue(job);
  })().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  return ready;
};
