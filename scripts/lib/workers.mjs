// How many worker processes `npm start` runs (scripts/start.mjs), and how many database connections each may hold.

/** Connections all workers of one server may hold between them when DATABASE_POOL_MAX is not set. */
const SHARED_CONNECTIONS = 20;
/** Never fewer per worker than this: a page may run a few queries at once. */
const MIN_CONNECTIONS = 5;

/**
 * One per core, or WEB_CONCURRENCY; always one on the embedded database, which one process owns.
 * @param {Record<string, string | undefined>} env
 * @param {number} cores
 */
export const workerCount = (env, cores) => {
  if (!env.DATABASE_URL) return 1;
  const asked = Number(env.WEB_CONCURRENCY);
  return Number.isInteger(asked) && asked > 0 ? asked : cores;
};

/**
 * Each worker's pool: DATABASE_POOL_MAX when set, else a share of 20, so that a server on a machine with many cores
 * does not open more connections than PostgreSQL allows (100 by default).
 * @param {Record<string, string | undefined>} env
 * @param {number} workers
 */
export const poolPerWorker = (env, workers) =>
  env.DATABASE_POOL_MAX ?? String(Math.max(MIN_CONNECTIONS, Math.floor(SHARED_CONNECTIONS / workers)));
