// `npm start [-- -p PORT -H HOST]`: Next.js's production server (`next start`), one worker process per core.
// One Node.js process renders pages on one core only; on a 2-core machine a second worker served signed-in pages
// 30-100% faster (docs/decisions/0018-speed-of-signed-in-pages.md). The workers share the port (Node's cluster),
// the database, sessions and scheduled jobs as separate servers do (decision 16), and the primary passes each
// worker's cache expiries to the others so a change made through one is seen through all at once
// (lib/route-cache-handler.mjs).
// WEB_CONCURRENCY sets the number of workers. The embedded database can only be opened by one process, so without
// DATABASE_URL there is one worker. Each worker's database pool is DATABASE_POOL_MAX, else a share of 20
// connections (scripts/lib/workers.mjs).
import "./lib/http-guard.mjs";
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { poolPerWorker, workerCount } from "./lib/workers.mjs";

/** The message a worker sends when it expires cached pages or data, relayed by the primary to the other workers. */
const EXPIRY_MESSAGE = "involve:expire-tags";
/** A worker that dies sooner than this after starting is a broken start (no build, port taken): not restarted. */
const STARTUP_MS = 15_000;

const runNext = async () => {
  process.argv = [process.argv[0], "next", "start", ...process.argv.slice(2)];
  await import("next/dist/bin/next");
};

const runPrimary = (count) => {
  let stopping = false;
  /** Each live worker and when it started. */
  const live = new Map();
  const fork = () => {
    const worker = cluster.fork({ INVOLVE_WORKER: "1", DATABASE_POOL_MAX: poolPerWorker(process.env, count) });
    live.set(worker, Date.now());
  };
  const stop = (exitCode) => {
    stopping = true;
    if (live.size === 0) process.exit(exitCode);
    for (const worker of live.keys()) worker.process.kill("SIGTERM");
    cluster.on("exit", () => live.size === 0 && process.exit(exitCode));
    setTimeout(() => process.exit(exitCode), 10_000).unref();
  };
  cluster.on("message", (from, message) => {
    if (message?.type !== EXPIRY_MESSAGE) return;
    for (const worker of live.keys()) if (worker !== from) worker.send(message);
  });
  cluster.on("exit", (worker, code, signal) => {
    const startedAt = live.get(worker) ?? 0;
    live.delete(worker);
    if (stopping) return;
    if (Date.now() - startedAt < STARTUP_MS) {
      console.error(`A worker stopped while starting (${signal ?? `code ${code}`}); stopping the server.`);
      stop(1);
      return;
    }
    console.error(`A worker stopped (${signal ?? `code ${code}`}); starting another.`);
    fork();
  });
  for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => stop(0));
  for (let i = 0; i < count; i++) fork();
};

const count = workerCount(process.env, availableParallelism());
if (cluster.isPrimary && count > 1) runPrimary(count);
else await runNext();
