import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";

type Options = { actor: Actor; strategyId: string; groupId?: string | undefined };

/** An officer names the tenants' group that monitors the strategy (or none); past reviews stay with their group. */
export const setMonitoringGroup = async ({ actor, strategyId, groupId }: Options) =>
  db.$transaction(async (tx) => {
    if (groupId && !(await tx.group.findUnique({ where: { id: groupId }, select: { id: true } })))
      throw new DomainError("Choose a group from the list.", { groupId: "Choose a group from the list" });
    const { count } = await tx.strategy.updateMany({
      where: { id: strategyId, status: "APPROVED" },
      data: { monitoringGroupId: groupId ?? null },
    });
    if (count === 0) throw new DomainError("Only the approved strategy has a monitoring group.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "strategy.monitoring_group_set",
      entityType: "Strategy",
      entityId: strategyId,
      details: { groupId: groupId ?? null },
    });
  });
