import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import type { Tx } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ScrutinyReviewStatus } from "@/lib/generated/prisma/enums";
import { groupWorkAccess, type GroupWorker } from "@/lib/groups/work-access";

export const REVIEW_NOT_FOUND = notFoundError("review");

type LockedReview = { id: string; status: ScrutinyReviewStatus; panelId: string; reportAgreedAt: Date | null };

/** Locks the review row so a status change and an edit racing are taken one after the other. */
export const lockReview = async (tx: Tx, reviewId: string) => {
  const [review] = await tx.$queryRaw<LockedReview[]>`
    SELECT id, status, "panelId", "reportAgreedAt" FROM "ScrutinyReview" WHERE id = ${reviewId} FOR UPDATE`;
  if (!review) throw REVIEW_NOT_FOUND;
  return review;
};

/**
 * Locks the review for a panel member or a supporting officer: anyone who is neither gets the same "not found"
 * as a made-up id, so another panel's drafts are not even confirmed to exist.
 */
export const lockReviewForWork = async (tx: Tx, worker: GroupWorker, reviewId: string, now: Date) => {
  const review = await lockReview(tx, reviewId);
  const access = await groupWorkAccess(worker, review.panelId, now, tx).catch(() => {
    throw REVIEW_NOT_FOUND;
  });
  return { review, access };
};

/** Every saved wording is kept beside the current text: who wrote what, and when. */
export const recordRevision = (
  tx: Tx,
  worker: Actor,
  reviewId: string,
  text: string,
  recommendationId: string | null = null,
) => tx.scrutinyTextRevision.create({ data: { reviewId, recommendationId, text, authorId: worker.id } });

export { checkOutcomeCodes } from "@/lib/outcomes/tags";

export const auditScrutiny = (
  tx: Tx,
  actor: Actor,
  action: string,
  entityType: string,
  entityId: string,
  details: Prisma.InputJsonValue,
) => recordAuditEvent(tx, { actorId: actor.id, action: `scrutiny.${action}`, entityType, entityId, details });
