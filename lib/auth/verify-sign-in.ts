import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { verifyPassword } from "./passwords";
import { failureWindowStart, isSignInLimited } from "./rules";

export type SignedInUser = { id: string; email: string; name: string; role: Role; sessionVersion: number };

const failureKeys = (email: string, ip: string) => ({ account: `account:${email}`, ip: `ip:${ip}` });

const countFailures = (key: string, since: Date) => db.signInFailure.count({ where: { key, createdAt: { gte: since } } });

/** Checks an email and password, refusing when this account or address has failed too often recently. */
export const verifySignIn = async (options: {
  email: string;
  password: string;
  ip: string;
  now?: Date;
}): Promise<SignedInUser> => {
  const { email, password, ip, now = new Date() } = options;
  const keys = failureKeys(email, ip);
  const since = failureWindowStart(now);
  const [account, ipFailures] = await Promise.all([countFailures(keys.account, since), countFailures(keys.ip, since)]);
  if (isSignInLimited({ account, ip: ipFailures })) {
    throw new DomainError(
      "There have been too many failed attempts to sign in. Wait 15 minutes and try again, or reset your password.",
      {},
      "rate_limited",
    );
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, disabledAt: true, sessionVersion: true },
  });
  const passwordMatches = await verifyPassword(password, user?.passwordHash);
  if (!user || !passwordMatches || user.disabledAt) {
    await db.signInFailure.createMany({ data: [{ key: keys.account, createdAt: now }, { key: keys.ip, createdAt: now }] });
    throw new DomainError("The email address or password is not right.", {}, "invalid");
  }
  await db.signInFailure.deleteMany({ where: { key: keys.account } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
};
