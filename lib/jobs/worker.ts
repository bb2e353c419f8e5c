import { getBoss } from "./boss";
import { ensureQueue, ensureQueues } from "./queues";
import { JOBS, type JobDefinition } from "./registry";

/** Works the job's queue in this process; recurring jobs are scheduled and run once now. */
export const registerJob = async (job: JobDefinition) => {
  const boss = await getBoss();
  await ensureQueue(job);
  await boss.work(job.name, { batchSize: job.batchSize ?? 1, includeMetadata: true }, async (claimed) => {
    // A batch's jobs run side by side (a provider's answer is mostly waiting; its pace is kept by the rate limit).
    // One failure must not fail the batch: it alone is failed (so retried); the rest complete together.
    await Promise.all(
      claimed.map((one) =>
        job.run(one.data, { lastTry: one.retryCount >= one.retryLimit }).catch(async (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error);
          await boss.fail(job.name, one.id, { message });
        }),
      ),
    );
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
    await ensureQueues();
    for (const job of JOBS) await registerJob(job);
  })();
  return started;
};
