import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { findSessionUser, type SessionClaims, type SessionUser } from "./find-session-user";
import { REQUEST_PATH_HEADER } from "./request-path";
import { signInHref } from "./return-path";
import { decideAccess } from "./rules";
import { readSessionClaims } from "./session-cookie";

export type CurrentUser = SessionUser;

/** The claims of this request's session cookie, or null for a stranger or a cookie from before claims existed. */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const jar = await cookies();
  return readSessionClaims((name) => jar.get(name)?.value);
});

const recordRefusal = async (user: CurrentUser) => {
  // The page without its query: a search typed into a refused page stays out of the audit log.
  const path = (await headers()).get(REQUEST_PATH_HEADER)?.split("?")[0] ?? null;
  await db.auditEvent.create({
    data: {
      actorId: user.id,
      action: "auth.forbidden",
      entityType: "User",
      entityId: user.id,
      details: { role: user.role, path },
    },
  });
};

/**
 * The signed-in user, read fresh from the database once per request, so a changed role, a disabled account or
 * an ended session takes effect at once rather than when the session cookie expires.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await getSessionClaims();
  return claims ? findSessionUser(claims) : null;
});

/**
 * The one gate for pages and server actions: sends strangers to sign in (and back to this page afterwards), staff
 * who still owe a second factor to set it up, and refuses other roles with 403 (recorded in the audit log).
 */
export const requireRole = async (
  allowed: readonly Role[],
  options: { beforeSecondFactor?: boolean } = {},
): Promise<CurrentUser> => {
  const user = await getCurrentUser();
  const access = decideAccess(user, allowed);
  if (access === "sign-in" || !user) redirect(signInHref((await headers()).get(REQUEST_PATH_HEADER) ?? undefined));
  if (access === "forbidden") {
    await recordRefusal(user);
    forbidden();
  }
  if (user.mustSetUpSecondFactor && !options.beforeSecondFactor) redirect("/account?set-up=1");
  return user;
};

/** A tenant-portal user and the customer record they are; an account without one cannot use the portal. */
export const requireCustomer = async () => {
  const user = await requireRole(["TENANT"]);
  if (!user.customerId) forbidden();
  return { user, customerId: user.customerId };
};
