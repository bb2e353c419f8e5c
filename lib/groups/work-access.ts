import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { currentMembershipWhere, findGroupAccess } from "./space-access";

/** Who is working in a group's space: the signed-in user, with the customer record a tenant is. */
export type GroupWorker = { id: string; role: Role; customerId?: string | null };

export type GroupWork = { as: "member" | "officer" };

/**
 * The group space's one access check (lib/groups/space-access.ts), inside the work's own transaction: a current
 * member (as a customer or as themselves) works as a member, officers and administrators support every group,
 * and anyone else gets the same answer as a made-up id: not found.
 */
export const groupWorkAccess = async (
  worker: GroupWorker,
  groupId: string,
  now = new Date(),
  tx: Tx | typeof db = db,
): Promise<GroupWork> => {
  const access = await findGroupAccess({ ...worker, customerId: worker.customerId ?? null }, groupId, now, tx);
  if (!access) throw notFoundError("group");
  return { as: access.standing === "member" ? "member" : "officer" };
};

/** The group's current members today, as customers and as users: the panel's voters. */
export const currentMembers = async (tx: Tx, groupId: string, now: Date) => {
  const rows = await tx.groupMembership.findMany({
    where: { groupId, ...currentMembershipWhere(now) },
    select: { customerId: true, userId: true },
  });
  return {
    count: rows.length,
    customerIds: rows.flatMap((row) => (row.customerId ? [row.customerId] : [])),
    userIds: rows.flatMap((row) => (row.userId ? [row.userId] : [])),
  };
};
