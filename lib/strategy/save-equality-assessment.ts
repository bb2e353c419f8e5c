import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { readAssessmentRows } from "./equality-assessment";
import { lockEditableStrategy } from "./editable";
import type { Actor } from "@/lib/auth/actor";

type Options = { actor: Actor; strategyId: string; fields: Record<string, string>; now?: Date };

/** Saves the strategy's equality impact assessment (see readAssessmentRows for what is asked). */
export const saveEqualityAssessment = async ({ actor, strategyId, fields, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    await lockEditableStrategy(tx, strategyId, now);
    const rows = await readAssessmentRows(tx, fields);
    await tx.equalityAssessment.deleteMany({ where: { strategyId } });
    await tx.equalityAssessment.createMany({
      data: rows.map((row) => ({ strategyId, ...row })),
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "strategy.equality_assessment_saved",
      entityType: "Strategy",
      entityId: strategyId,
      details: { assessed: rows.map((row) => row.characteristicKey) },
    });
  });
