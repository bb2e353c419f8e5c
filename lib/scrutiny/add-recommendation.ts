import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { isDraft } from "./rules";
import { auditScrutiny, checkOutcomeCodes, lockReview, type Actor } from "./shared";

type Options = { actor: Actor; reviewId: string; text: string; outcomeCodes: string[] };

/** Adds the panel's next numbered recommendation; the review row lock keeps numbers unique and in order. */
export const addRecommendation = async ({ actor, reviewId, text, outcomeCodes }: Options) =>
  db.$transaction(async (tx) => {
    const review = await lockReview(tx, reviewId);
    if (!isDraft(review.status)) throw new DomainError("Recommendations cannot be added to a published report.");
    await checkOutcomeCodes(tx, outcomeCodes);
    const { _max } = await tx.scrutinyRecommendation.aggregate({ where: { reviewId }, _max: { number: true } });
    const number = (_max.number ?? 0) + 1;
    const created = await tx.scrutinyRecommendation.create({
      data: { reviewId, number, text, outcomeCodes },
      select: { id: true, number: true },
    });
    await auditScrutiny(tx, actor, "recommendation.added", "ScrutinyRecommendation", created.id, {
      reviewId,
      number,
      outcomeCodes,
    });
    return created;
  });
