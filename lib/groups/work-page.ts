import "server-only";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/session";
import { ALL_ROLES } from "@/lib/auth/rules";
import { db } from "@/lib/db";
import { groupWorkAccess } from "./work-access";

/** For a page in a group's space: the signed-in member or supporting officer, or a 404 for anyone else. */
export const requireGroupWork = async (groupId: string) => {
  const user = await requireRole(ALL_ROLES);
  const access = await groupWorkAccess(user, groupId).catch(() => notFound());
  const group = await db.group.findUnique({ where: { id: groupId }, select: { id: true, name: true, type: true } });
  if (!group) notFound();
  return { user, access, group };
};
