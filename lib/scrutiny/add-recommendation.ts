import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { GroupWorker } from "@/lib/groups/work-access";
import { draftProblem } from "./rules";
import { auditScrutiny, checkOutcomeCodes, lockReviewForWork, recordRevision } from "./shared";

type Options = { actor: GroupWorker; reviewId: string; text: string; outcomeCodes: string[]; now?: Date };

/**
 * Adds the panel's next numbered recommendation, drafted by a member or a supporting officer; the review row lock
 * keeps numbers unique and in order.
 */
export const addRecommendation = async ({ actor, reviewId, text, outcomeCodes, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    const { review, access } = await lockReviewForWork(tx, actor, reviewId, now);
    const problem = draftProblem(review);
    if (problem) throw new DomainError(`${problem}.`);
    await checkOutcomeCodes(tx, outcomeCodes);
    const { _max } = await tx.scrutinyRecommendation.aggregate({ where: { reviewId }, _max: { number: true } });
    const number = (_max.number ?? 0) + 1;
    const created = await tx.scrutinyRecommendation.create({
      data: { reviewId, number, text, outcomeCodes },
      select: { id: true, number: true },
    });
    await recordRevision(tx, actor, reviewId, text, created.id);
    await auditScrutiny(tx, actor, "recommendation.added", "ScrutinyRecommendation", created.id, {
      reviewId,
      number,
      outcomeCodes,
      as: access.as,
    });
    return created;
  });
