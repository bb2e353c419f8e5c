import { db, type Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { EqualityImpact } from "@/lib/generated/prisma/enums";
import { assessmentField, assessmentProblems, characteristicName } from "./rules";

// The equality impact assessment is the same form for a strategy and for a policy: these read and check it
// for either, and each caller writes the rows against its own record.

const IMPACTS: string[] = Object.values(EqualityImpact);

/**
 * The assessment for each of the landlord's protected characteristics, from the form's fields. A characteristic
 * left wholly blank is not yet assessed, so the work can be done in stages; one partly filled in must be complete.
 */
export const readAssessmentRows = async (tx: Tx, fields: Record<string, string>) => {
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
    return [
      {
        characteristicKey: question.key,
        impact: row.impact as EqualityImpact,
        evidence: row.evidence as string,
        mitigation: row.mitigation ?? null,
      },
    ];
  });
  if (Object.keys(fieldErrors).length > 0) {
    throw new DomainError(
      "Some characteristics are only partly assessed. Complete them or leave them blank.",
      fieldErrors,
    );
  }
  return rows;
};

/** The landlord's protected characteristics, each with the strategy's or policy's assessment if there is one. */
export const getAssessment = async (subject: { strategyId: string } | { policyId: string }) => {
  const [questions, rows] = await Promise.all([
    db.equalityQuestion.findMany({ orderBy: { position: "asc" }, select: { key: true, label: true } }),
    db.equalityAssessment.findMany({
      where: subject,
      select: { characteristicKey: true, impact: true, evidence: true, mitigation: true },
    }),
  ]);
  const byKey = new Map(rows.map((row) => [row.characteristicKey, row]));
  return questions.map((question) => ({
    key: question.key,
    name: characteristicName(question),
    assessment: byKey.get(question.key) ?? null,
  }));
};
