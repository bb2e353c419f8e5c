import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { auth } from "./next-auth";
import { REQUEST_PATH_HEADER } from "./request-path";
import { signInHref } from "./return-path";
import { decideAccess } from "./rules";

export type CurrentUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  customerId: string | null;
  seesEqualityData: boolean;
};

/**
 * The signed-in user, read fresh from the database once per request, so a changed role or a
 * disabled account takes effect at once rather than when the session cookie expires.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, customerId: true, seesEqualityData: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  const { disabledAt: _disabled, ...current } = user;
  return current;
});

/**
 * The one gate for pages and server actions: sends strangers to sign in (and back to this page afterwards) and
 * refuses other roles with 403.
 */
export const requireRole = async (allowed: readonly Role[]): Promise<CurrentUser> => {
  const user = await getCurrentUser();
  const access = decideAccess(user, allowed);
  if (access === "sign-in" || !user) redirect(signInHref((await headers()).get(REQUEST_PATH_HEADER) ?? undefined));
  if (access === "forbidden") forbidden();
  return user;
};

/** A tenant-portal user and the customer record they are; an account without one cannot use the portal. */
export const requireCustomer = async () => {
  const user = await requireRole(["TENANT"]);
  if (!user.customerId) forbidden();
  return { user, customerId: user.customerId };
};
