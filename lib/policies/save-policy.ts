import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { DomainError, isUniqueViolation, notFoundError } from "@/lib/errors";
import { isoDay } from "@/lib/uk-time";
import type { PolicyInput } from "./schemas";

const checkConsultation = async (tx: Tx, consultationId: string | undefined) => {
  if (consultationId && !(await tx.consultation.count({ where: { id: consultationId } }))) {
    throw new DomainError("Choose a consultation from the list.", {
      consultationId: "Choose a consultation from the list",
    });
  }
};

/** Adds a policy to the register; names are unique so the register reads without doubt. */
export const addPolicy = async ({ actor, input }: { actor: Actor; input: PolicyInput }) => {
  try {
    return await db.$transaction(async (tx) => {
      await checkConsultation(tx, input.consultationId);
      const policy = await tx.policy.create({ data: input, select: { id: true } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "policy.added",
        entityType: "Policy",
        entityId: policy.id,
        details: { name: input.name, nextReviewOn: isoDay(input.nextReviewOn) },
      });
      return policy;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError("There is already a policy with that name.", {
        name: "Choose a name not already in the register",
      });
    }
    throw error;
  }
};

type Review = { policyId: string; lastReviewedOn: Date; nextReviewOn: Date; consultationId?: string };

/** Records a completed review: when, the consultation held on it, and when the next one is due. */
export const recordPolicyReview = ({ actor, input }: { actor: Actor; input: Review }) =>
  db.$transaction(async (tx) => {
    const policy = await tx.policy.findUnique({ where: { id: input.policyId }, select: { adoptedOn: true } });
    if (!policy) throw notFoundError("policy");
    if (input.lastReviewedOn < policy.adoptedOn) {
      throw new DomainError("A review cannot be before the policy was adopted.", {
        lastReviewedOn: "A review cannot be before the policy was adopted",
      });
    }
    await checkConsultation(tx, input.consultationId);
    await tx.policy.update({
      where: { id: input.policyId },
      data: {
        lastReviewedOn: input.lastReviewedOn,
        nextReviewOn: input.nextReviewOn,
        consultationId: input.consultationId ?? null,
      },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "policy.reviewed",
      entityType: "Policy",
      entityId: input.policyId,
      details: { on: isoDay(input.lastReviewedOn), nextReviewOn: isoDay(input.nextReviewOn) },
    });
  });
