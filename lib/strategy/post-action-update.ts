import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { ukToday } from "@/lib/uk-time";
import { IN_FORCE } from "./rules";

type Options = { actor: Actor; actionId: string; status: ActionStatus; text: string; now?: Date };

/** A progress update also moves the action's status, so the RAG colour always matches the latest report. */
export const postActionUpdate = async ({ actor, actionId, status, text, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    const { count } = await tx.strategyAction.updateMany({
      where: { id: actionId, plan: { strategy: { status: IN_FORCE } } },
      data: { status },
    });
    if (count === 0) {
      const exists = await tx.strategyAction.findUnique({ where: { id: actionId }, select: { id: true } });
      throw exists
        ? new DomainError("This action belongs to a strategy that has been replaced, so it can no longer be updated.")
        : notFoundError("action");
    }
    await tx.actionUpdate.create({ data: { actionId, status, text, postedOn: ukToday(now), authorId: actor.id } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "strategy.action_update_posted",
      entityType: "StrategyAction",
      entityId: actionId,
      details: { status },
    });
  });
