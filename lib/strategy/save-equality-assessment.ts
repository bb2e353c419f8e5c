import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { EqualityImpact } from "@/lib/generated/prisma/enums";
import { lockEditableStrategy } from "./editable";
import { assessmentField, assessmentProblems, characteristicName } from "./rules";
import type { Actor } from "@/lib/auth/actor";

type Options = { actor: Actor; strategyId: string; fields: Record<string, string>; now?: Date };

const IMPACTS: string[] = Object.values(EqualityImpact);

/**
 * Saves the assessment for each of the landlord's protected characteristics. A characteristic left wholly blank
 * is saved as not yet assessed, so the work can be done in stages; one partly filled in must be complete.
 */
export const saveEqualityAssessment = async ({ actor, strategyId, fields, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    await lockEditableStrategy(tx, strategyId, now);
    const questions = await tx.equalityQuestion.findMany({
      orderBy: { position: "asc" },
      select: { key: true, label: true },
    });
    const fieldErrors: Record<string, string> = {};
    const rows = questions.flatMap((question) => {
      const read = (field: "impact" | "evidence" | "mitigation") =>
        fields[assessmentField(field, question.key)] || undefined;
      const row = { impact: read("impact"), evidence: read("evidence"), mitigation: read("mitigation") };
      if (!row.impact && !row.evidence && !row.mitigation) return [];
      const problems = assessmentProblems(row);
      if (row.impact && !IMPACTS.includes(row.impact)) problems.impact = "Choose the likely impact from the list";
      for (const [field, message] of Object.entries(problems)) {
        fieldErrors[assessmentField(field as "impact", question.key)] = `${characteristicName(question)}: ${message}`;
      }
      return [{ key: question.key, ...row }];
    });
    if (Object.keys(fieldErrors).length > 0) {
      throw new DomainError(
        "Some characteristics are only partly assessed. Complete them or leave them blank.",
        fieldErrors,
      );
    }
    await tx.equalityAssessment.deleteMany({ where: { strategyId } });
    await tx.equalityAssessment.createMany({
      data: rows.map((row) => ({
        strategyId,
        characteristicKey: row.key,
        impact: row.impact as EqualityImpact,
        evidence: row.evidence as string,
        mitigation: row.mitigation ?? null,
      })),
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "strategy.equality_assessment_saved",
      entityType: "Strategy",
      entityId: strategyId,
      details: { assessed: rows.map((row) => row.key) },
    });
  });
