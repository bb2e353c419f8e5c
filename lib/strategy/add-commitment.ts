import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { lockEditableStrategy } from "./editable";
import type { Actor } from "@/lib/auth/actor";

type Options = { actor: Actor; strategyId: string; priorityId: string; text: string; now?: Date };

export const addCommitment = async ({ actor, strategyId, priorityId, text, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    await lockEditableStrategy(tx, strategyId, now);
    const priority = await tx.strategyPriority.findFirst({
      where: { id: priorityId, strategyId },
      select: { id: true },
    });
    if (!priority)
      throw new DomainError("Choose a priority from this strategy.", { priorityId: "Choose a priority from the list" });
    const last = await tx.strategyCommitment.aggregate({ where: { priorityId }, _max: { position: true } });
    await tx.strategyCommitment.create({ data: { priorityId, text, position: (last._max.position ?? 0) + 1 } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "strategy.commitment_added",
      entityType: "Strategy",
      entityId: strategyId,
      details: { priorityId, text },
    });
  });
