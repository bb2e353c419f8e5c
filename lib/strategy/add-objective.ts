import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { lockEditableStrategy } from "./editable";
import type { Actor } from "@/lib/auth/actor";

type Options = { actor: Actor; strategyId: string; title: string; now?: Date };

export const addObjective = async ({ actor, strategyId, title, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    await lockEditableStrategy(tx, strategyId, now);
    const last = await tx.strategyObjective.aggregate({ where: { strategyId }, _max: { position: true } });
    const objective = await tx.strategyObjective.create({
      data: { strategyId, title, position: (last._max.position ?? 0) + 1 },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "strategy.objective_added",
      entityType: "Strategy",
      entityId: strategyId,
      details: { title },
    });
    return objective;
  });
