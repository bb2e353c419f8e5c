import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { lockGroup, startMembership } from "./start-membership";
import type { Actor } from "@/lib/auth/actor";
import { isoDay } from "@/lib/uk-time";

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

/** Adds a customer to a group, named by their reference, as an officer does from a call or a meeting. */
export const addMembership = async ({
  actor,
  groupId,
  customerReference,
  role,
  startedOn,
  now = new Date(),
}: Options) =>
  db.$transaction(async (tx) => {
    await lockGroup(tx, groupId);
    const customer = await tx.customer.findFirst({
      where: { reference: customerReference, status: "ACTIVE", anonymisedAt: null },
      select: { id: true },
    });
    if (!customer) throw NO_SUCH_CUSTOMER;
    const membership = await startMembership(tx, { groupId, customerId: customer.id, role, startedOn, now });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "group.membership.added",
      entityType: "GroupMembership",
      entityId: membership.id,
      details: { groupId, customerId: customer.id, role, startedOn: isoDay(startedOn) },
    });
    return membership;
  });
