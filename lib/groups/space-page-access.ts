import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { findGroupAccess } from "./space-access";

/**
 * The gate of every page under /groups/<groupId>: strangers sign in, then anyone who is neither a current member
 * nor a moderator gets 404, exactly as for a group that does not exist. Cached per request, so the layout and the
 * page share one check.
 */
export const requireGroupSpace = cache(async (groupId: string) => {
  const user = await requireRole(AREA_ROLES.groups);
  const access = await findGroupAccess(user, groupId);
  if (!access) notFound();
  return { user, ...access };
});
