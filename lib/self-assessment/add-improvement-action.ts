import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Regime } from "@/lib/generated/prisma/enums";
import { addStrategyActionIn } from "@/lib/strategy/add-strategy-action";
import { openSelfAssessment } from "./open-self-assessment";
import { findRequirement } from "./requirements";
import type { ImprovementAction } from "./schemas";

/**
 * An improvement action for one requirement: a new action in the approved strategy's current action plan, where
 * it is tracked with the rest, linked back to the requirement. Both or neither are written.
 */
export const addImprovementAction = async ({
  actor,
  regime,
  planId,
  input,
  now = new Date(),
}: {
  actor: Actor;
  regime: Regime;
  /** The current action plan, or null when no strategy is in force. */
  planId: string | null;
  input: ImprovementAction;
  now?: Date;
}) => {
  const requirement = findRequirement(regime, input.requirementCode);
  if (!requirement) throw new DomainError("Choose a requirement of the standard.", { requirementCode: "Choose one" });
  if (!planId)
    throw new DomainError("There is no approved strategy with an action plan to add the action to. Approve one first.");
  const { year, requirementCode, ...action } = input;
  return db.$transaction(async (tx) => {
    const assessment = await openSelfAssessment(tx, regime, year);
    const key = { assessmentId: assessment.id, requirementCode };
    // The requirement's row exists before its first action links to it, even if it is not rated yet.
    await tx.selfAssessmentRequirement.upsert({
      where: { assessmentId_requirementCode: key },
      create: key,
      update: {},
    });
    const created = await addStrategyActionIn(tx, { actor, planId, action, now });
    await tx.selfAssessmentAction.create({ data: { ...key, strategyActionId: created.id } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "self_assessment.action_added",
      entityType: "SelfAssessment",
      entityId: assessment.id,
      details: { requirement: requirementCode, strategyActionId: created.id },
    });
    return created;
  });
};
