import { db, type Tx } from "@/lib/db";
import { ukToday } from "@/lib/uk-time";

/**
 * The groups whose drafts this user may read and comment on: those they are a current member of today.
 * The one membership check for draft reviews (lists, pages and comments all ask here), so that when groups gain
 * members without a customer record only this function changes.
 */
export const reviewerGroupIds = async (userId: string, now: Date, client: Tx | typeof db = db) => {
  const today = ukToday(now);
  const memberships = await client.groupMembership.findMany({
    where: {
      customer: { user: { id: userId } },
      startedOn: { lte: today },
      OR: [{ endedOn: null }, { endedOn: { gte: today } }],
    },
    select: { groupId: true },
  });
  return [...new Set(memberships.map((membership) => membership.groupId))];
};
