import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { IN_FORCE } from "./rules";

type Options = { actor: Actor; strategyId: string; now?: Date };

/** A new version starts as a copy of the approved one, so a review changes what it must and keeps the rest. */
export const startNewDraft = async ({ actor, strategyId, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    const source = await tx.strategy.findFirst({
      where: { id: strategyId, status: IN_FORCE },
      select: {
        title: true,
        startsOn: true,
        endsOn: true,
        vision: true,
        values: true,
        objectives: {
          orderBy: { position: "asc" },
          select: {
            position: true,
            title: true,
            priorities: {
              select: { number: true, title: true, commitments: { select: { position: true, text: true } } },
            },
          },
        },
      },
    });
    if (!source) throw new DomainError("A new draft can only be started from the approved strategy.");
    const { objectives, ...details } = source;
    const draft = await tx.strategy.create({
      data: { ...details, title: `${details.title} (new draft)`, copiedFromId: strategyId, createdAt: now },
      select: { id: true },
    });
    for (const objective of objectives) {
      const created = await tx.strategyObjective.create({
        data: { strategyId: draft.id, position: objective.position, title: objective.title },
        select: { id: true },
      });
      for (const priority of objective.priorities) {
        await tx.strategyPriority.create({
          data: {
            strategyId: draft.id,
            objectiveId: created.id,
            number: priority.number,
            title: priority.title,
            commitments: { createMany: { data: priority.commitments } },
          },
        });
      }
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "strategy.draft_started",
      entityType: "Strategy",
      entityId: draft.id,
      details: { copiedFromId: strategyId },
    });
    return draft;
  });
