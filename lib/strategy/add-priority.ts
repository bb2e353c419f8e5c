import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { lockEditableStrategy } from "./editable";
import type { Actor } from "@/lib/auth/actor";

type Options = { actor: Actor; strategyId: string; objectiveId: string; title: string; now?: Date };

/** Priorities are numbered through the whole strategy, so "Strategic Priority 10" means one thing. */
export const addPriority = async ({ actor, strategyId, objectiveId, title, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    await lockEditableStrategy(tx, strategyId, now);
    const objective = await tx.strategyObjective.findFirst({
      where: { id: objectiveId, strategyId },
      select: { id: true },
    });
    if (!objective)
      throw new DomainError("Choose an objective from this strategy.", {
        objectiveId: "Choose an objective from the list",
      });
    const last = await tx.strategyPriority.aggregate({ where: { strategyId }, _max: { number: true } });
    const priority = await tx.strategyPriority.create({
      data: { strategyId, objectiveId, title, number: (last._max.number ?? 0) + 1 },
      select: { id: true, number: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "strategy.priority_added",
      entityType: "Strategy",
      entityId: strategyId,
      details: { number: priority.number, title },
    });
    return priority;
  });
