import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { verifyPassword } from "./passwords";
import { THROTTLES } from "./rules";
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

/** The account is slowed from everywhere; the account from this address and the address itself are limited. */
export const signInKeys = (email: string, ip: string | null): ThrottleKey[] => [
  { key: `sign-in:account:${email}`, policy: THROTTLES.account },
  ...(ip
    ? [
        { key: `sign-in:account-address:${email}|${ip}`, policy: THROTTLES.accountAndAddress },
        { key: `sign-in:address:${ip}`, policy: THROTTLES.address },
      ]
    : []),
];

const audit = (action: string, actorId: string | null, entityId: string, details: Record<string, string | null>) =>
  db.auditEvent.create({ data: { actorId, action, entityType: "User", entityId, details } });

/**
 * Checks an email and password. Each attempt is reserved before the password is compared, so guessing is
 * limited however many attempts arrive at once; the owner's success forgets the account's attempts.
 */
export const verifySignIn = async (options: {
  email: string;
  password: string;
  ip: string | null;
  now?: Date;
}): Promise<SignedInUser> => {
  const { email, password, ip, now = new Date() } = options;
  const keys = signInKeys(email, ip);
  try {
    await reserveAttempt(keys, SIGN_IN_THROTTLED, now);
  } catch (error) {
    if (error instanceof Throttled) await audit("auth.sign-in.throttled", null, email, { email, ip });
    throw error;
  }
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
  const passwordMatches = await verifyPassword(password, user?.passwordHash);
  if (!user || !passwordMatches || user.disabledAt) {
    await audit("auth.sign-in.failed", null, user?.id ?? email, { email, ip });
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
