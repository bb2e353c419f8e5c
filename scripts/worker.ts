// `npm run worker`: runs the background jobs alone, as a separate process or on another machine, for web servers
// started with JOBS_IN_WEB=0 (README "Background jobs"). Stops gracefully on SIGTERM/SIGINT: jobs in hand finish;
// a job cut off by a harder stop is failed when it expires and retried by any worker.
import { closeDb } from "../lib/db";
import { env } from "../lib/env";
import { stopBoss } from "../lib/jobs/boss";
import { startJobWorker } from "../lib/jobs/worker";

if (!env.DATABASE_URL) {
  console.error("A separate worker needs DATABASE_URL: the embedded database runs its jobs inside `npm start`.");
  process.exit(1);
}

await startJobWorker();
console.log("Background jobs are running.");

const stop = async () => {
  await stopBoss();
  await closeDb();
  process.exit(0);
};
for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void stop());
