import { db } from "@/lib/db";
import { DomainError, isUniqueViolation, notFoundError } from "@/lib/errors";
import { ukToday } from "@/lib/uk-time";

type Options = { customerId: string; groupId: string; message?: string; now?: Date };

export const ALREADY_ASKED = new DomainError(
  "You have already asked to join this group. We will let you know our answer.",
  {},
  "duplicate",
);

/** A tenant asks to join a group that takes new members; the customer always comes from their session. */
export const requestToJoin = async ({ customerId, groupId, message, now = new Date() }: Options) => {
  const group = await db.group.findFirst({ where: { id: groupId, takesNewMembers: true }, select: { id: true } });
  if (!group) throw notFoundError("group");
  const today = ukToday(now);
  const member = await db.groupMembership.count({
    where: { groupId, customerId, OR: [{ endedOn: null }, { endedOn: { gte: today } }] },
  });
  if (member) throw new DomainError("You are already a member of this group.");
  try {
    // The unique key on (group, customer, pending) refuses a second pending request even when two arrive at once.
    return await db.joinRequest.create({
      data: { groupId, customerId, message, requestedAt: now },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw ALREADY_ASKED;
    throw error;
  }
};
