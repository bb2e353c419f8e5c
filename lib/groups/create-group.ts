import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import type { GroupDetails } from "./schemas";
import type { Actor } from "@/lib/auth/actor";

export const NAME_TAKEN = new DomainError("There is already a group with that name.", {
  name: "Choose a name no other group has",
});

export const createGroup = async ({ actor, details }: { actor: Actor; details: GroupDetails }) => {
  try {
    return await db.$transaction(async (tx) => {
      const group = await tx.group.create({ data: details, select: { id: true } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "group.created",
        entityType: "Group",
        entityId: group.id,
        details,
      });
      return group;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw NAME_TAKEN;
    throw error;
  }
};
