import { db } from "@/lib/db";
import { auditsFailedAttempt, FAILED_SIGN_IN_AUDIT_WINDOW_MS, NO_WAIT } from "./rules";

/**
 * Counts a failed or refused sign-in to one account and writes the audit row only when `auditsFailedAttempt` says so:
 * the first in an hour, then a summary with the count. The count is a row in "Throttle", shared by every server.
 */
export const recordFailedSignIn = async (options: {
  kind: "failed" | "throttled";
  email: string;
  userId: string | null;
  ip: string | null;
  now: Date;
}) => {
  const { kind, email, userId, ip, now } = options;
  const windowEnd = new Date(now.getTime() - FAILED_SIGN_IN_AUDIT_WINDOW_MS);
  const [counted] = await db.$queryRaw<{ attempts: number; windowStart: Date }[]>`
    INSERT INTO "Throttle" ("key", "attempts", "windowStart", "notBefore")
    VALUES (${`audit:sign-in:${email}`}, 1, ${now}, ${NO_WAIT})
    ON CONFLICT ("key") DO UPDATE SET
      "attempts" = CASE WHEN "Throttle"."windowStart" <= ${windowEnd} THEN 1 ELSE "Throttle"."attempts" + 1 END,
      "windowStart" = CASE WHEN "Throttle"."windowStart" <= ${windowEnd} THEN ${now} ELSE "Throttle"."windowStart" END
    RETURNING "attempts", "windowStart"`;
  const attempts = counted?.attempts ?? 1;
  if (!auditsFailedAttempt(attempts)) return;
  await db.auditEvent.create({
    data: {
      actorId: null,
      action: attempts === 1 ? `auth.sign-in.${kind}` : "auth.sign-in.failed-repeatedly",
      entityType: "User",
      entityId: userId ?? email,
      details:
        attempts === 1 ? { email, ip } : { email, ip, attempts, since: (counted?.windowStart ?? now).toISOString() },
    },
  });
};
