import PgBoss from "pg-boss";
import { embeddedDatabase } from "@/lib/db";
import { env } from "@/lib/env";

/** Connections the queue may hold besides the app's own pool (polling, claiming, maintenance). */
const QUEUE_CONNECTIONS = 3;

/**
 * pg-boss speaks to PostgreSQL through its own pool; on the embedded database it is handed PGlite instead, which runs
 * its SQL one statement (or one multi-statement script) at a time, queued behind any open Prisma transaction. The
 * queue's tables are the same on both (docs/decisions/0022-communications-and-job-queue.md).
 */
const embeddedConnection = async (): Promise<PgBoss.Db | undefined> => {
  if (!embeddedDatabase) return undefined;
  const pglite = await embeddedDatabase.pglite();
  return {
    executeSql: async (text, values) => {
      if (values && values.length > 0) return pglite.query(text, values);
      // pg-boss sends its locked scripts (BEGIN; ...; COMMIT) without values: exec runs several statements.
      const results = await pglite.exec(text);
      return results.at(-1) ?? { rows: [] };
    },
  };
};

const open = async () => {
  const db = await embeddedConnection();
  const connection = db ? { db } : { connectionString: env.DATABASE_URL, max: QUEUE_CONNECTIONS };
  // Maintenance fails jobs whose worker died (so they are retried); every 30 s rather than pg-boss's 2 minutes.
  const boss = new PgBoss({ ...connection, maintenanceIntervalSeconds: env.JOB_MAINTENANCE_SECONDS });
  // A lost connection is reported and retried by pg-boss itself; without a listener Node would stop the process.
  boss.on("error", (error) => console.error("The job queue hit a problem and will try again.", error));
  await boss.start();
  return boss;
};

// One queue client per process, shared by the worker and by pages that add or retry jobs.
const globalForBoss = globalThis as unknown as { involveBoss?: Promise<PgBoss> };

export const getBoss = () => (globalForBoss.involveBoss ??= open());

/** For scripts and tests: stops polling and maintenance, waiting for jobs in hand to finish. */
export const stopBoss = async () => {
  const boss = globalForBoss.involveBoss;
  globalForBoss.involveBoss = undefined;
  await (await boss)?.stop({ graceful: true, wait: true, timeout: 10_000 });
};
