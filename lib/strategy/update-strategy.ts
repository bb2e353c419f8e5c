import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { lockEditableStrategy } from "./editable";
import type { StrategyDetails } from "./schemas";
import type { Actor } from "@/lib/auth/actor";

type Options = { actor: Actor; strategyId: string; details: StrategyDetails; now?: Date };

export const updateStrategy = async ({ actor, strategyId, details, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    await lockEditableStrategy(tx, strategyId, now);
    await tx.strategy.update({ where: { id: strategyId }, data: details });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "strategy.updated",
      entityType: "Strategy",
      entityId: strategyId,
      details: { title: details.title },
    });
  });
