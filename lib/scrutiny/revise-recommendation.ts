import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { GroupWorker } from "@/lib/groups/work-access";
import { draftProblem } from "./rules";
import { auditScrutiny, lockReviewForWork, recordRevision, REVIEW_NOT_FOUND } from "./shared";

type Options = { actor: GroupWorker; recommendationId: string; text: string; now?: Date };

/** A new wording of one recommendation, kept beside the earlier ones, until the panel agrees the report. */
export const reviseRecommendation = async ({ actor, recommendationId, text, now = new Date() }: Options) => {
  const found = await db.scrutinyRecommendation.findUnique({
    where: { id: recommendationId },
    select: { reviewId: true },
  });
  if (!found) throw REVIEW_NOT_FOUND;
  return db.$transaction(async (tx) => {
    const { review, access } = await lockReviewForWork(tx, actor, found.reviewId, now);
    const problem = draftProblem(review);
    if (problem) throw new DomainError(`${problem}.`, { text: problem });
    await tx.scrutinyRecommendation.update({ where: { id: recommendationId }, data: { text } });
    const revision = await recordRevision(tx, actor, review.id, text, recommendationId);
    await auditScrutiny(tx, actor, "recommendation.redrafted", "ScrutinyRecommendation", recommendationId, {
      reviewId: review.id,
      revisionId: revision.id,
      as: access.as,
    });
  });
};
