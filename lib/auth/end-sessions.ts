import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import type { SessionClaims } from "./find-session-user";

/** Signing out: this session's cookie is refused from now on, even if someone kept a copy. */
export const endSession = async (claims: SessionClaims, now = new Date()) => {
  await db.$transaction(async (tx) => {
    // Sessions past their end need no record: their cookies are refused anyway.
    await tx.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
    await tx.revokedSession.upsert({
      where: { sid: claims.sid },
      create: { sid: claims.sid, expiresAt: new Date(claims.endsAt) },
      update: {},
    });
    await recordAuditEvent(tx, {
      actorId: claims.userId,
      action: "auth.signed-out",
      entityType: "User",
      entityId: claims.userId,
    });
  });
};

/** Ends every session of a user at once: "sign out everywhere", or an administrator acting on the account. */
export const endEverySession = async (options: { userId: string; actorId: string; reason: string }) => {
  const { userId, actorId, reason } = options;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAuditEvent(tx, {
      actorId,
      action: "auth.sessions.ended",
      entityType: "User",
      entityId: userId,
      details: { reason },
    });
  });
};
