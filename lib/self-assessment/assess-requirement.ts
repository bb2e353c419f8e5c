import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Regime } from "@/lib/generated/prisma/enums";
import { assuranceEvidence } from "@/lib/outcomes/queries";
import { openSelfAssessment } from "./open-self-assessment";
import { findRequirement } from "./requirements";
import { chosenEvidence } from "./rules";
import type { RequirementAssessment } from "./schemas";

/** Records one requirement's rating, narrative and evidence for the year's self-assessment. */
export const assessRequirement = async ({
  actor,
  regime,
  input,
}: {
  actor: Actor;
  regime: Regime;
  input: RequirementAssessment;
}) => {
  const requirement = findRequirement(regime, input.requirementCode);
  if (!requirement) throw new DomainError("Choose a requirement of the standard.", { requirementCode: "Choose one" });
  const offered = (await assuranceEvidence(regime, input.year)).find(
    (entry) => entry.outcome.code === requirement.outcomeCode,
  );
  const evidence = chosenEvidence(offered?.items ?? [], input.evidence);
  if (!evidence)
    throw new DomainError("Choose evidence from the list for this year.", {
      evidence: "Choose evidence from the list",
    });
  await db.$transaction(async (tx) => {
    const assessment = await openSelfAssessment(tx, regime, input.year);
    const key = { assessmentId: assessment.id, requirementCode: requirement.code };
    const fields = { rating: input.rating, narrative: input.narrative, evidence, updatedById: actor.id };
    await tx.selfAssessmentRequirement.upsert({
      where: { assessmentId_requirementCode: key },
      create: { ...key, ...fields },
      update: fields,
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "self_assessment.requirement_assessed",
      entityType: "SelfAssessment",
      entityId: assessment.id,
      details: { requirement: requirement.code, rating: input.rating, evidence: evidence.length },
    });
  });
};
