import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import type { MembersListShown } from "@/lib/generated/prisma/enums";
import { moderatorAccessOrNotFound, type GroupActor } from "./space-access";

type Options = { actor: GroupActor; groupId: string; membersList: MembersListShown; minutesPublic: boolean };

/** What the group shows and publishes, set by an officer as the group decided. */
export const updateSpaceSettings = ({ actor, groupId, membersList, minutesPublic }: Options) =>
  db.$transaction(async (tx) => {
    await moderatorAccessOrNotFound(actor, groupId, new Date(), tx);
    await tx.groupSpace.upsert({
      where: { groupId },
      create: { groupId, membersList, minutesPublic },
      update: { membersList, minutesPublic },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "group.space.settings",
      entityType: "Group",
      entityId: groupId,
      details: { membersList, minutesPublic },
    });
  });
