import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { MEMBERSHIP_ROLE_LABEL } from "@/lib/people/labels";
import { SINGLE_HOLDER_ROLES } from "./rules";

import type { Actor } from "@/lib/auth/actor";
import { isoDay, ukToday } from "@/lib/uk-time";

type Options = {
  actor: Actor;
  groupId: string;
  customerReference: string;
  role: MembershipRole;
  startedOn: Date;
  now?: Date;
};

const NO_SUCH_CUSTOMER = new DomainError("We could not find an active customer with that reference.", {
  customerReference: "Enter the reference of an active customer, like C00123",
});

/**
 * Adds a customer to a group. The group row is locked first, so two officers adding the same person, or two chairs,
 * at the same moment are checked one after the other rather than both passing.
 */
export const addMembership = async ({ actor, groupId, customerReference, role, startedOn, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Group" WHERE id = ${groupId} FOR UPDATE`;
    if (locked.length === 0) throw notFoundError("group");
    const customer = await tx.customer.findFirst({
      where: { reference: customerReference, status: "ACTIVE", anonymisedAt: null },
      select: { id: true },
    });
    if (!customer) throw NO_SUCH_CUSTOMER;
    const current = { groupId, OR: [{ endedOn: null }, { endedOn: { gte: ukToday(now) } }] };
    if (await tx.groupMembership.count({ where: { ...current, customerId: customer.id } })) {
      throw new DomainError("That customer is already a member of this group.", { customerReference: "This customer is already a member" });
    }
    if (SINGLE_HOLDER_ROLES.includes(role) && (await tx.groupMembership.count({ where: { ...current, role } }))) {
      const office = MEMBERSHIP_ROLE_LABEL[role].toLowerCase();
      throw new DomainError(`The group already has a ${office}. End their membership first.`, { role: `The group already has a ${office}` });
    }
    const membership = await tx.groupMembership.create({
      data: { groupId, customerId: customer.id, role, startedOn },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "group.membership.added",
      entityType: "GroupMembership",
      entityId: membership.id,
      details: { groupId, customerId: customer.id, role, startedOn: isoDay(startedOn) },
    });
    return membership;
  });
