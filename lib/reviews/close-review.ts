import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";

/** An officer stops taking comments before the closing date, for example when the draft is ready to go. */
export const closeReview = async ({
  actor,
  reviewId,
  now = new Date(),
}: {
  actor: Actor;
  reviewId: string;
  now?: Date;
}) =>
  db.$transaction(async (tx) => {
    const review = await tx.draftReview.findUnique({ where: { id: reviewId }, select: { id: true } });
    if (!review) throw notFoundError("review");
    // Conditional, so two officers closing at once record it once.
    const { count } = await tx.draftReview.updateMany({
      where: { id: reviewId, closedAt: null },
      data: { closedAt: now },
    });
    if (count === 0) throw new DomainError("This review is closed already.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "draft-review.closed",
      entityType: "DraftReview",
      entityId: reviewId,
    });
    return review;
  });
