import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { verifyPassword } from "./passwords";
import { THROTTLES } from "./rules";
import { recordFailedSignIn } from "./sign-in-audit";
import { clearAttempts, reserveAttempt, Throttled, type ThrottleKey } from "./throttle";

export type SignedInUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
  hasSecondFactor: boolean;
};

export const SIGN_IN_THROTTLED = (wait: string) =>
  `There have been too many attempts to sign in to this account. Wait ${wait} and try again, or reset your password.`;

/**
 * From a browser the owner signed in with before, only that browser's own key counts: guesses made elsewhere slow
 * the account, never this browser. Otherwise the account is slowed from everywhere, and the account from this
 * address and the address itself are limited.
 */
export const signInKeys = (email: string, ip: string | null, deviceId: string | null = null): ThrottleKey[] =>
  deviceId
    ? [{ key: `sign-in:device:${email}|${deviceId}`, policy: THROTTLES.knownDevice }]
    : [
        { key: `sign-in:account:${email}`, policy: THROTTLES.account },
        ...(ip
          ? [
              { key: `sign-in:account-address:${email}|${ip}`, policy: THROTTLES.accountAndAddress },
              { key: `sign-in:address:${ip}`, policy: THROTTLES.address },
            ]
          : []),
      ];

/**
 * Checks an email and password. Each attempt is reserved before the password is compared, so guessing is
 * limited however many attempts arrive at once; the owner's success forgets the attempts counted against them.
 * `device` is the browser's known-device cookie (lib/auth/known-device.ts), if it has one.
 */
export const verifySignIn = async (options: {
  email: string;
  password: string;
  ip: string | null;
  device?: { userId: string; id: string } | null;
  now?: Date;
}): Promise<SignedInUser> => {
  const { email, password, ip, device = null, now = new Date() } = options;
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      passwordHash: true,
      disabledAt: true,
      sessionVersion: true,
      totpEnabledAt: true,
    },
  });
  const keys = signInKeys(email, ip, user && device?.userId === user.id ? device.id : null);
  try {
    await reserveAttempt(keys, SIGN_IN_THROTTLED, now);
  } catch (error) {
    if (error instanceof Throttled)
      await recordFailedSignIn({ kind: "throttled", email, userId: user?.id ?? null, ip, now });
    throw error;
  }
  const passwordMatches = await verifyPassword(password, user?.passwordHash);
  if (!user || !passwordMatches || user.disabledAt) {
    await recordFailedSignIn({ kind: "failed", email, userId: user?.id ?? null, ip, now });
    throw new DomainError("The email address or password is not right.", {}, "invalid");
  }
  await clearAttempts(keys.filter((k) => !k.key.startsWith("sign-in:address:")).map((k) => k.key));
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sessionVersion: user.sessionVersion,
    hasSecondFactor: user.role !== "TENANT" && user.totpEnabledAt !== null,
  };
};
