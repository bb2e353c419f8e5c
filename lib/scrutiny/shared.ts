import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ScrutinyReviewStatus } from "@/lib/generated/prisma/enums";
import { outcomeCodesProblem } from "./rules";

export type Actor = { id: string };

export const REVIEW_NOT_FOUND = new DomainError("We could not find that review.", {}, "not-found");

/** Locks the review row so a status change and an edit racing are taken one after the other. */
export const lockReview = async (tx: Tx, reviewId: string) => {
  const [review] = await tx.$queryRaw<{ id: string; status: ScrutinyReviewStatus }[]>`
    SELECT id, status FROM "ScrutinyReview" WHERE id = ${reviewId} FOR UPDATE`;
  if (!review) throw REVIEW_NOT_FOUND;
  return review;
};

export const checkOutcomeCodes = async (tx: Tx, codes: readonly string[]) => {
  const landlord = await tx.landlord.findUnique({ where: { id: 1 }, select: { regime: true } });
  const problem = outcomeCodesProblem(codes, landlord?.regime ?? "ENGLAND");
  if (problem) throw new DomainError(problem, { outcomeCodes: problem });
};

export const auditScrutiny = (
  tx: Tx,
  actor: Actor,
  action: string,
  entityType: string,
  entityId: string,
  details: Prisma.InputJsonValue,
) => recordAuditEvent(tx, { actorId: actor.id, action: `scrutiny.${action}`, entityType, entityId, details });
