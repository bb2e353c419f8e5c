import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DomainError, notFoundError } from "@/lib/errors";
import type { StrategyActionInput } from "./schemas";
import type { Actor } from "@/lib/auth/actor";
import { isInForce } from "./rules";

type Options = { actor: Actor; planId: string; action: StrategyActionInput; now?: Date };

/** Adds an action within a transaction the caller holds, so another record can be linked to it atomically. */
export const addStrategyActionIn = async (
  tx: Prisma.TransactionClient,
  { actor, planId, action, now = new Date() }: Options,
) => {
  const plan = await tx.actionPlan.findUnique({
    where: { id: planId },
    select: { strategyId: true, strategy: { select: { status: true } } },
  });
  if (!plan) throw notFoundError("action plan");
  if (!isInForce(plan.strategy.status))
    throw new DomainError(
      "This action plan belongs to a strategy that has been replaced, so it can no longer be changed.",
    );
  const priority = await tx.strategyPriority.findFirst({
    where: { id: action.priorityId, strategyId: plan.strategyId },
    select: { id: true },
  });
  if (!priority)
    throw new DomainError("Choose a priority from this strategy.", { priorityId: "Choose a priority from the list" });
  const created = await tx.strategyAction.create({
    data: { ...action, planId, createdAt: now },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    actorId: actor.id,
    action: "strategy.action_added",
    entityType: "StrategyAction",
    entityId: created.id,
    details: { planId, title: action.title },
  });
  return created;
};

export const addStrategyAction = (options: Options) => db.$transaction((tx) => addStrategyActionIn(tx, options));
