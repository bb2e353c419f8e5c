import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { roundNotFound } from "./guards";
import { METHOD_STATEMENT_FIELDS, type RoundPlan } from "./schemas";

/**
 * Saves the sampling plan and method statement. Published results stand on the statement published beside them,
 * so it is fixed from then on; the status is in the update's condition so a publish racing an edit cannot slip by.
 */
export const updateRoundPlan = ({ actor, roundId, plan }: { actor: Actor; roundId: string; plan: RoundPlan }) =>
  db.$transaction(async (tx) => {
    // A statement field left blank is cleared: the form always sends the whole statement.
    const data = {
      ...plan,
      ...Object.fromEntries(METHOD_STATEMENT_FIELDS.map(({ name }) => [name, plan[name] ?? null])),
    };
    const { count } = await tx.surveyRound.updateMany({ where: { id: roundId, status: { not: "PUBLISHED" } }, data });
    if (count === 0) {
      const round = await tx.surveyRound.findUnique({ where: { id: roundId }, select: { id: true } });
      if (!round) throw roundNotFound();
      throw new DomainError(
        "The results are published, so the method statement published with them cannot be changed.",
      );
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "measures.round.plan_updated",
      entityType: "SurveyRound",
      entityId: roundId,
      details: {
        targetMargin: plan.targetMargin,
        populationLcra: plan.populationLcra,
        populationLcho: plan.populationLcho,
      },
    });
  });
