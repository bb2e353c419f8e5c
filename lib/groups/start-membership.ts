import type { Tx } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { MEMBERSHIP_ROLE_LABEL } from "@/lib/people/labels";
import { ukToday } from "@/lib/uk-time";
import { SINGLE_HOLDER_ROLES } from "./rules";

type Options = { groupId: string; customerId: string; role: MembershipRole; startedOn: Date; now: Date };

export const ALREADY_MEMBER = "That customer is already a member of this group.";

/** Locks the group row so two officers (or an officer and an accepted request) adding people are checked in turn. */
export const lockGroup = async (tx: Tx, groupId: string) => {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Group" WHERE id = ${groupId} FOR UPDATE`;
  if (locked.length === 0) throw notFoundError("group");
};

/**
 * Starts a membership inside the caller's transaction, after lockGroup: refuses a second current membership of
 * the same person and a second holder of a single-holder office.
 */
export const startMembership = async (tx: Tx, { groupId, customerId, role, startedOn, now }: Options) => {
  const current = { groupId, OR: [{ endedOn: null }, { endedOn: { gte: ukToday(now) } }] };
  if (await tx.groupMembership.count({ where: { ...current, customerId } })) {
    throw new DomainError(ALREADY_MEMBER, { customerReference: "This customer is already a member" });
  }
  if (SINGLE_HOLDER_ROLES.includes(role) && (await tx.groupMembership.count({ where: { ...current, role } }))) {
    const office = MEMBERSHIP_ROLE_LABEL[role].toLowerCase();
    throw new DomainError(`The group already has a ${office}. End their membership first.`, {
      role: `The group already has a ${office}`,
    });
  }
  return tx.groupMembership.create({ data: { groupId, customerId, role, startedOn }, select: { id: true } });
};
