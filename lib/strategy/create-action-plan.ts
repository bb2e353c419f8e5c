import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import { financialYearLabel } from "@/lib/uk-time";
import type { Actor } from "@/lib/auth/actor";
import { IN_FORCE } from "./rules";

type Options = { actor: Actor; strategyId: string; year: number };

/** Action plans deliver what the board approved, so they hang off the approved version only. */
export const createActionPlan = async ({ actor, strategyId, year }: Options) => {
  try {
    return await db.$transaction(async (tx) => {
      const strategy = await tx.strategy.findFirst({
        where: { id: strategyId, status: IN_FORCE },
        select: { id: true },
      });
      if (!strategy) throw new DomainError("Action plans can only be made for the approved strategy.");
      const plan = await tx.actionPlan.create({ data: { strategyId, year }, select: { id: true } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "strategy.action_plan_created",
        entityType: "ActionPlan",
        entityId: plan.id,
        details: { strategyId, year },
      });
      return plan;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new DomainError(`There is already an action plan for ${financialYearLabel(year)}.`, {
      year: "There is already a plan for this year",
    });
  }
};
