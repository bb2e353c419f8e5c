import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ScrutinyReviewStatus } from "@/lib/generated/prisma/enums";
import { isPublic, statusChangeProblem } from "./rules";
import { auditScrutiny, lockReview, type Actor } from "./shared";

type Options = { actor: Actor; reviewId: string; status: ScrutinyReviewStatus; now?: Date };

/** Moves a review to its next stage; publishing makes the report and the landlord's responses public. */
export const changeReviewStatus = async ({ actor, reviewId, status, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    const review = await lockReview(tx, reviewId);
    const content = await tx.scrutinyReview.findUniqueOrThrow({
      where: { id: reviewId },
      select: { findings: true, recommendations: { select: { response: true } } },
    });
    const problem = statusChangeProblem(review.status, status, content);
    if (problem) throw new DomainError(problem, { status: problem });
    const publishedAt = status === "PUBLISHED" ? now : undefined;
    await tx.scrutinyReview.update({ where: { id: reviewId }, data: { status, ...(publishedAt && { publishedAt }) } });
    await auditScrutiny(tx, actor, "review.status_changed", "ScrutinyReview", reviewId, {
      from: review.status,
      to: status,
    });
    return { status, isPublic: isPublic(status) };
  });
