import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { responseProblems } from "./rules";
import type { ResponseDetails } from "./schemas";
import { auditScrutiny, lockReview } from "./shared";

type Options = { actor: Actor; details: ResponseDetails; now?: Date };

const NOT_FOUND = notFoundError("recommendation");

/**
 * Records the landlord's response. It can be revised until the report is published; after that the response is
 * the public record and only progress updates follow.
 */
export const respondToRecommendation = async ({ actor, details, now = new Date() }: Options) => {
  const { recommendationId, ...response } = details;
  const problems = responseProblems(response);
  const [first] = Object.values(problems);
  if (first) throw new DomainError(first, problems);
  return db.$transaction(async (tx) => {
    const recommendation = await tx.scrutinyRecommendation.findUnique({
      where: { id: recommendationId },
      select: { reviewId: true },
    });
    if (!recommendation) throw NOT_FOUND;
    const review = await lockReview(tx, recommendation.reviewId);
    if (review.status !== "AWAITING_RESPONSE") {
      throw new DomainError("The landlord responds once the panel has sent its report, and before it is published.");
    }
    const rejected = response.response === "REJECTED";
    const data = {
      response: response.response,
      responseReason: response.response === "ACCEPTED" ? null : (response.responseReason ?? null),
      action: rejected ? null : (response.action ?? null),
      actionOwner: rejected ? null : (response.actionOwner ?? null),
      dueOn: rejected ? null : (response.dueOn ?? null),
      respondedAt: now,
    };
    await tx.scrutinyRecommendation.update({ where: { id: recommendationId }, data });
    await auditScrutiny(tx, actor, "recommendation.responded", "ScrutinyRecommendation", recommendationId, {
      ...data,
      dueOn: data.dueOn?.toISOString().slice(0, 10) ?? null,
      respondedAt: now.toISOString(),
    });
    return { reviewId: recommendation.reviewId };
  });
};
