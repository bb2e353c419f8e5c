import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import type { StrategyDetails } from "./schemas";
import type { Actor } from "@/lib/auth/actor";

type Options = { actor: Actor; details: StrategyDetails; now?: Date };

export const createStrategy = async ({ actor, details, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    const strategy = await tx.strategy.create({ data: { ...details, createdAt: now }, select: { id: true } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "strategy.created",
      entityType: "Strategy",
      entityId: strategy.id,
      details: { title: details.title },
    });
    return strategy;
  });
