import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { isUniqueViolation, notFoundError } from "@/lib/errors";
import { NAME_TAKEN } from "./create-group";
import type { GroupDetails } from "./schemas";
import type { Actor } from "@/lib/auth/actor";

type Options = { actor: Actor; groupId: string; details: GroupDetails };

export const updateGroup = async ({ actor, groupId, details }: Options) => {
  try {
    await db.$transaction(async (tx) => {
      const { count } = await tx.group.updateMany({ where: { id: groupId }, data: details });
      if (count === 0) throw notFoundError("group");
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "group.updated",
        entityType: "Group",
        entityId: groupId,
        details,
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw NAME_TAKEN;
    throw error;
  }
};
