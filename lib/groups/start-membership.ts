import type { Tx } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import type { GroupMemberKind, MembershipRole } from "@/lib/generated/prisma/enums";
import { MEMBERSHIP_ROLE_LABEL } from "@/lib/people/labels";
import { ukToday } from "@/lib/uk-time";
import { SINGLE_HOLDER_ROLES } from "./rules";

/** A customer, or someone who is not one (a councillor, staff, an independent member) by their account. */
export type NewMember = { customerId: string } | { userId: string; kind: Exclude<GroupMemberKind, "TENANT"> };

type Options = { groupId: string; role: MembershipRole; startedOn: Date; now: Date } & NewMember;

export const ALREADY_MEMBER = "That customer is already a member of this group.";
export const ALREADY_MEMBER_ACCOUNT = "That person is already a member of this group.";

/** Locks the group row so two officers (or an officer and an accepted request) adding people are checked in turn. */
export const lockGroup = async (tx: Tx, groupId: string) => {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Group" WHERE id = ${groupId} FOR UPDATE`;
  if (locked.length === 0) throw notFoundError("group");
};

/**
 * Starts a membership inside the caller's transaction, after lockGroup: refuses a second current membership of
 * the same person and a second holder of a single-holder office.
 */
export const startMembership = async (tx: Tx, { groupId, role, startedOn, now, ...member }: Options) => {
  const current = { groupId, OR: [{ endedOn: null }, { endedOn: { gte: ukToday(now) } }] };
  const who = "customerId" in member ? { customerId: member.customerId } : { userId: member.userId };
  if (await tx.groupMembership.count({ where: { ...current, ...who } })) {
    throw "customerId" in member
      ? new DomainError(ALREADY_MEMBER, { customerReference: "This customer is already a member" })
      : new DomainError(ALREADY_MEMBER_ACCOUNT, { email: "This person is already a member" });
  }
  if (SINGLE_HOLDER_ROLES.includes(role) && (await tx.groupMembership.count({ where: { ...current, role } }))) {
    const office = MEMBERSHIP_ROLE_LABEL[role].toLowerCase();
    throw new DomainError(`The group already has a ${office}. End their membership first.`, {
      role: `The group already has a ${office}`,
    });
  }
  const kind = "kind" in member ? member.kind : "TENANT";
  return tx.groupMembership.create({ data: { groupId, ...who, kind, role, startedOn }, select: { id: true } });
};
