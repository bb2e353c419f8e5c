import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { lockEditableStrategy } from "./editable";
import type { Actor } from "@/lib/auth/actor";

type Options = { actor: Actor; strategyId: string; consultationId: string | null; now?: Date };

/** Names the consultation in Involve that asks tenants about this draft, or none; an approved version cannot change. */
export const linkConsultation = async ({ actor, strategyId, consultationId, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    await lockEditableStrategy(tx, strategyId, now);
    if (consultationId && !(await tx.consultation.count({ where: { id: consultationId } }))) {
      throw new DomainError("Choose a consultation from the list.", {
        consultationId: "Choose a consultation from the list",
      });
    }
    await tx.strategy.update({ where: { id: strategyId }, data: { consultationId } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "strategy.consultation_linked",
      entityType: "Strategy",
      entityId: strategyId,
      details: { consultationId },
    });
  });
