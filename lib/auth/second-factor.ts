import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";
import { THROTTLES } from "./rules";
import { reserveAttempt } from "./throttle";
import { checkTotp, newTotpSecret } from "./totp";

const WRONG_CODE = "That code is not right. Enter the 6 digits your authenticator app shows now.";

const secretOf = (userId: string) =>
  db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });

/** Starts setting up an authenticator app: a new secret, not in use until a code from the app confirms it. */
export const startEnrolment = async (userId: string) => {
  const user = await secretOf(userId);
  if (user.totpEnabledAt) throw new DomainError("Your authenticator app is already set up.");
  await db.user.update({ where: { id: userId }, data: { totpSecret: newTotpSecret(), totpLastStep: null } });
};

/** The secret being set up, for the QR code; null when none is waiting for confirmation. */
export const pendingSecret = async (userId: string) => {
  const user = await secretOf(userId);
  return user.totpSecret && !user.totpEnabledAt ? { email: user.email, secret: user.totpSecret } : null;
};

/** Turns the second factor on once the app's code matches; returns the recovery codes, shown to the user once. */
export const confirmEnrolment = async (options: { userId: string; code: string; now?: Date }) => {
  const { userId, code, now = new Date() } = options;
  await reserveAttempt(
    [{ key: `second-factor:${userId}`, policy: THROTTLES.secondFactor }],
    (wait) => `Too many codes tried. Wait ${wait}.`,
    now,
  );
  const user = await secretOf(userId);
  if (!user.totpSecret || user.totpEnabledAt) throw new DomainError("Start setting up your authenticator app again.");
  const step = await checkTotp(user.totpSecret, code, null, now.getTime());
  if (step === null) throw new DomainError(WRONG_CODE, { code: WRONG_CODE });
  const codes = newRecoveryCodes();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpEnabledAt: now, totpLastStep: step } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })) });
    await recordAuditEvent(tx, {
      actorId: userId,
      action: "auth.second-factor.enabled",
      entityType: "User",
      entityId: userId,
    });
  });
  await db.throttle.deleteMany({ where: { key: `second-factor:${userId}` } });
  return codes;
};

/**
 * The second step of signing in: a code from the app (each works once) or an unused recovery code. Attempts are
 * reserved first, so six digits cannot be guessed: five tries in fifteen minutes.
 */
export const verifySecondFactor = async (options: { userId: string; code: string; now?: Date }) => {
  const { userId, code, now = new Date() } = options;
  await reserveAttempt(
    [{ key: `second-factor:${userId}`, policy: THROTTLES.secondFactor }],
    (wait) => `There have been too many wrong codes. Wait ${wait} and sign in again.`,
    now,
  ).catch(async (error: unknown) => {
    await db.auditEvent.create({
      data: { actorId: userId, action: "auth.second-factor.throttled", entityType: "User", entityId: userId },
    });
    throw error;
  });
  const user = await secretOf(userId);
  if (!user.totpSecret || !user.totpEnabledAt) throw new DomainError("Sign in again.");
  const step = await checkTotp(user.totpSecret, code.trim(), user.totpLastStep, now.getTime());
  // The step only moves forward, so the same code sent twice at once is accepted once.
  const accepted =
    step !== null
      ? (
          await db.user.updateMany({
            where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
            data: { totpLastStep: step },
          })
        ).count === 1
      : (
          await db.recoveryCode.updateMany({
            where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
            data: { usedAt: now },
          })
        ).count === 1;
  if (!accepted) {
    await db.auditEvent.create({
      data: { actorId: userId, action: "auth.second-factor.failed", entityType: "User", entityId: userId },
    });
    throw new DomainError(WRONG_CODE, { code: WRONG_CODE });
  }
  await db.throttle.deleteMany({ where: { key: `second-factor:${userId}` } });
};

/** An administrator removes someone's authenticator app (lost phone): every session ends; they set it up again. */
export const resetSecondFactor = async (options: { userId: string; actorId: string }) => {
  const { userId, actorId } = options;
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: { increment: 1 } },
    });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordAuditEvent(tx, { actorId, action: "auth.second-factor.reset", entityType: "User", entityId: userId });
  });
};
