import { db, type Tx } from "@/lib/db";
import { actorMembershipWhere, currentMembershipWhere, type GroupActor } from "@/lib/groups/space-access";

/**
 * The groups whose drafts this user may read and comment on: those they are a current member of today, as a
 * customer or as themselves (a councillor, an independent member). It asks the group spaces' own membership check
 * (decision 0029), so a draft review and a group space never disagree about who belongs to a group.
 */
export const reviewerGroupIds = async (actor: GroupActor, now: Date, client: Tx | typeof db = db) => {
  const memberships = await client.groupMembership.findMany({
    where: { AND: [currentMembershipWhere(now), actorMembershipWhere(actor)] },
    select: { groupId: true },
  });
  return [...new Set(memberships.map((membership) => membership.groupId))];
};
