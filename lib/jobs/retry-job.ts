import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { getBoss } from "./boss";

/** An administrator's "Try again" on a job that ran out of retries: it is queued once more, at once. */
export const retryJob = async ({ actor, jobId }: { actor: Actor; jobId: string }) => {
  await getBoss();
  const [job] = await db.$queryRaw<{ name: string; state: string }[]>`
    SELECT "name", "state"::text AS "state" FROM pgboss.job WHERE "id" = ${jobId}::uuid`;
  if (!job) throw notFoundError("job");
  if (job.state !== "failed") throw new DomainError("Only a job that has failed can be tried again.");
  // pg-boss's own retry, then the record: a retry without its audit line is harmless, the reverse would mislead.
  await (await getBoss()).retry(job.name, jobId);
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "job.retried",
      entityType: "Job",
      entityId: jobId,
      details: { name: job.name },
    }),
  );
  return job;
};
