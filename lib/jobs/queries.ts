import { db } from "@/lib/db";
import { getBoss } from "./boss";

export type JobState = "created" | "retry" | "active" | "completed" | "cancelled" | "failed";

/** How many jobs of each kind are in each state (pg-boss keeps finished ones for a while, then archives them). */
export const jobCounts = async () => {
  await getBoss(); // creates the queue's tables on a new database
  return db.$queryRaw<{ name: string; state: JobState; count: number }[]>`
    SELECT "name", "state"::text AS "state", count(*)::int AS "count" FROM pgboss.job
    WHERE "name" NOT LIKE '\_\_pgboss%' GROUP BY "name", "state" ORDER BY "name", "state"`;
};

export type UnfinishedJob = {
  id: string;
  name: string;
  state: JobState;
  retryCount: number;
  createdOn: Date;
  startedOn: Date | null;
  /** Why it failed, as the job's error message. */
  problem: string | null;
};

/** Jobs waiting, running or failed, failed first, at most `limit`. */
export const listUnfinishedJobs = async (limit = 50) => {
  await getBoss();
  return db.$queryRaw<UnfinishedJob[]>`
    SELECT "id"::text AS "id", "name", "state"::text AS "state", "retry_count" AS "retryCount",
      "created_on" AS "createdOn", "started_on" AS "startedOn", "output"->>'message' AS "problem"
    FROM pgboss.job
    WHERE "state" IN ('created', 'retry', 'active', 'failed') AND "name" NOT LIKE '\_\_pgboss%'
    ORDER BY ("state" = 'failed') DESC, "created_on" DESC LIMIT ${limit}`;
};
