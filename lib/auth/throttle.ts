import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { decideAttempt, NO_WAIT, waitPhrase, type ThrottlePolicy, type ThrottleState } from "./rules";

const QUEUED_ATTEMPT = { maxWait: 15_000, timeout: 20_000 };

export type ThrottleKey = { key: string; policy: ThrottlePolicy };

export class Throttled extends DomainError {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message, {}, "rate_limited");
  }
}

/**
 * Reserves one attempt on every key before the work is done (a password compared, an email sent), or refuses.
 * The rows are locked, so concurrent attempts are counted one after another: 30 at once get no more than the limit.
 * Those 30 queue for the pool's connections and then for the row; Prisma's defaults (2 s to get a connection, 5 s in
 * all) turned that queue into 500s on a loaded machine (the probe's concurrent sign-ins), so they wait longer.
 */
export const reserveAttempt = async (keys: ThrottleKey[], refusal: (wait: string) => string, now = new Date()) => {
  const sorted = [...keys].sort((a, b) => a.key.localeCompare(b.key));
  const refusedFor = await db.$transaction(async (tx) => {
    for (const { key } of sorted) {
      await tx.$executeRaw`
        INSERT INTO "Throttle" ("key", "attempts", "windowStart", "notBefore") VALUES (${key}, 0, ${now}, ${NO_WAIT})
        ON CONFLICT ("key") DO NOTHING`;
    }
    const rows = await tx.$queryRaw<(ThrottleState & { key: string })[]>`
      SELECT "key", "attempts", "windowStart", "notBefore" FROM "Throttle"
      WHERE "key" = ANY(${sorted.map((k) => k.key)}) ORDER BY "key" FOR UPDATE`;
    const states = new Map(rows.map((row) => [row.key, row]));
    const decisions = sorted.map(({ key, policy }) => ({
      key,
      decision: decideAttempt(states.get(key) ?? null, now, policy),
    }));
    const refused = decisions.flatMap(({ decision }) => (decision.allowed ? [] : [decision.retryAfterMs]));
    if (refused.length > 0) return Math.max(...refused);
    // Written as an upsert: the owner signing in elsewhere may have cleared the row since it was read.
    for (const { key, decision } of decisions) {
      if (!decision.allowed) continue;
      const { attempts, windowStart, notBefore } = decision.next;
      await tx.$executeRaw`
        INSERT INTO "Throttle" ("key", "attempts", "windowStart", "notBefore") VALUES (${key}, ${attempts}, ${windowStart}, ${notBefore})
        ON CONFLICT ("key") DO UPDATE
        SET "attempts" = EXCLUDED."attempts", "windowStart" = EXCLUDED."windowStart", "notBefore" = EXCLUDED."notBefore"`;
    }
    return null;
  }, QUEUED_ATTEMPT);
  if (refusedFor !== null) throw new Throttled(refusal(waitPhrase(refusedFor)), refusedFor);
};

/** Forgets the attempts on keys, after the owner proved who they are (signed in, reset their password). */
export const clearAttempts = (keys: string[]) => db.throttle.deleteMany({ where: { key: { in: keys } } });
