import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { lockEditableStrategy } from "./editable";
import type { Actor } from "@/lib/auth/actor";

export type StrategyPart = { kind: "objective" | "priority" | "commitment"; id: string };

type Options = { actor: Actor; strategyId: string; part: StrategyPart; now?: Date };

const GONE = "That has already been removed from this strategy.";
const field = (message: string) => new DomainError(message, { part: message });

const removeObjective = async (tx: Tx, strategyId: string, id: string) => {
  const objective = await tx.strategyObjective.findFirst({
    where: { id, strategyId },
    select: { title: true, _count: { select: { priorities: true } } },
  });
  if (!objective) throw field(GONE);
  if (objective._count.priorities > 0)
    throw field("Remove the priorities under this objective first, or move their wording to another objective.");
  await tx.strategyObjective.delete({ where: { id } });
  return objective.title;
};

// Later priorities move up one so the numbers stay continuous; through negatives, as each number is unique.
const removePriority = async (tx: Tx, strategyId: string, id: string) => {
  const priority = await tx.strategyPriority.findFirst({
    where: { id, strategyId },
    select: { number: true, title: true, _count: { select: { actions: true } } },
  });
  if (!priority) throw field(GONE);
  if (priority._count.actions > 0)
    throw field("Actions in an action plan deliver this priority, so it cannot be removed.");
  await tx.strategyPriority.delete({ where: { id } });
  await tx.$executeRaw`UPDATE "StrategyPriority" SET "number" = -"number" WHERE "strategyId" = ${strategyId} AND "number" > ${priority.number}`;
  await tx.$executeRaw`UPDATE "StrategyPriority" SET "number" = -"number" - 1 WHERE "strategyId" = ${strategyId} AND "number" < 0`;
  return `Strategic Priority ${priority.number}: ${priority.title}`;
};

const removeCommitment = async (tx: Tx, strategyId: string, id: string) => {
  const commitment = await tx.strategyCommitment.findFirst({
    where: { id, priority: { strategyId } },
    select: { text: true },
  });
  if (!commitment) throw field(GONE);
  await tx.strategyCommitment.delete({ where: { id } });
  return commitment.text;
};

const REMOVERS = { objective: removeObjective, priority: removePriority, commitment: removeCommitment };

/** Takes an objective, priority or commitment out of a draft; an approved strategy cannot change. */
export const removeStrategyPart = async ({ actor, strategyId, part, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    await lockEditableStrategy(tx, strategyId, now);
    const removed = await REMOVERS[part.kind](tx, strategyId, part.id);
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: `strategy.${part.kind}_removed`,
      entityType: "Strategy",
      entityId: strategyId,
      details: { removed },
    });
    return { kind: part.kind, removed };
  });
