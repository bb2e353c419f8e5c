import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { ukToday } from "@/lib/uk-time";

/** Who is working in a group's space: the signed-in user, with the customer record a tenant is. */
export type GroupWorker = { id: string; role: Role; customerId?: string | null };

export type GroupWork = { as: "member" | "officer" };

/**
 * The one check every piece of group work passes: officers and administrators support every group; anyone else
 * must be a current member. Membership is held through the customer record today; when groups take members who
 * are not customers, only this function changes. Anyone else gets the same answer as a made-up id: not found.
 */
export const groupWorkAccess = async (
  worker: GroupWorker,
  groupId: string,
  now = new Date(),
  tx: Tx | typeof db = db,
): Promise<GroupWork> => {
  if (worker.role === "OFFICER" || worker.role === "ADMIN") return { as: "officer" };
  if (worker.customerId) {
    const today = ukToday(now);
    const membership = await tx.groupMembership.findFirst({
      where: {
        groupId,
        customerId: worker.customerId,
        startedOn: { lte: today },
        OR: [{ endedOn: null }, { endedOn: { gte: today } }],
      },
      select: { id: true },
    });
    if (membership) return { as: "member" };
  }
  throw notFoundError("group");
};

/** The customers who are current members of a group today: the panel's voters. */
export const currentMemberCustomers = async (tx: Tx, groupId: string, now: Date) => {
  const today = ukToday(now);
  const rows = await tx.groupMembership.findMany({
    where: { groupId, startedOn: { lte: today }, OR: [{ endedOn: null }, { endedOn: { gte: today } }] },
    select: { customerId: true },
  });
  return rows.map((row) => row.customerId);
};
