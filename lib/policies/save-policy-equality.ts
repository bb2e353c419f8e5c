import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import { readAssessmentRows } from "@/lib/strategy/equality-assessment";

type Options = { actor: Actor; policyId: string; fields: Record<string, string> };

/** Saves the policy's equality impact assessment: the strategy's form, read by the same rules. */
export const savePolicyEquality = ({ actor, policyId, fields }: Options) =>
  db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Policy" WHERE id = ${policyId} FOR UPDATE`;
    if (!(await tx.policy.count({ where: { id: policyId } }))) throw notFoundError("policy");
    const rows = await readAssessmentRows(tx, fields);
    await tx.equalityAssessment.deleteMany({ where: { policyId } });
    await tx.equalityAssessment.createMany({ data: rows.map((row) => ({ policyId, ...row })) });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "policy.equality_assessment_saved",
      entityType: "Policy",
      entityId: policyId,
      details: { assessed: rows.map((row) => row.characteristicKey) },
    });
  });
