import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { hashPassword, hashToken } from "./passwords";

/** Sets a new password from an emailed link. The link is spent in the same transaction, so it works once. */
export const resetPassword = async (options: { token: string; password: string; now?: Date }) => {
  const { token, password, now = new Date() } = options;
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const link = await tx.passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) } });
    const spent = await tx.passwordResetToken.updateMany({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (!link || spent.count !== 1) {
      throw new DomainError("This reset link has expired or has already been used. Ask for a new link.");
    }
    const user = await tx.user.update({ where: { id: link.userId }, data: { passwordHash }, select: { email: true } });
    await tx.passwordResetToken.updateMany({ where: { userId: link.userId, usedAt: null }, data: { usedAt: now } });
    // The emailed link proves ownership: the account's sign-in delay ends (see docs/decisions).
    await tx.throttle.deleteMany({
      where: {
        OR: [
          { key: `sign-in:account:${user.email}` },
          { key: { startsWith: `sign-in:account-address:${user.email}|` } },
        ],
      },
    });
    await recordAuditEvent(tx, {
      actorId: link.userId,
      action: "auth.password.reset",
      entityType: "User",
      entityId: link.userId,
    });
  });
};
