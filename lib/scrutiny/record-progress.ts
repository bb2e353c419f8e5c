import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { auditScrutiny } from "./shared";

type Options = {
  actor: Actor;
  recommendationId: string;
  note: string;
  recordedOn: Date;
  completes: boolean;
  now?: Date;
};

/** Adds a progress note on an agreed action; the note that completes it stops the overdue clock. */
export const recordProgress = async ({
  actor,
  recommendationId,
  note,
  recordedOn,
  completes,
  now = new Date(),
}: Options) =>
  db.$transaction(async (tx) => {
    if (recordedOn > now)
      throw new DomainError("The date cannot be in the future.", { recordedOn: "Enter a date on or before today" });
    // Conditional on an open, agreed action, so two officers completing it at once cannot both succeed.
    const { count } = await tx.scrutinyRecommendation.updateMany({
      where: { id: recommendationId, response: { in: ["ACCEPTED", "PARTLY_ACCEPTED"] }, completedOn: null },
      data: { completedOn: completes ? recordedOn : null },
    });
    if (count === 0) throw new DomainError("Progress is recorded only on an agreed action that is not yet complete.");
    const update = await tx.recommendationUpdate.create({
      data: { recommendationId, note, recordedOn, completes, recordedById: actor.id },
      select: { id: true, recommendation: { select: { reviewId: true } } },
    });
    await auditScrutiny(tx, actor, "recommendation.progress", "RecommendationUpdate", update.id, {
      recommendationId,
      completes,
      recordedOn: recordedOn.toISOString().slice(0, 10),
    });
    return { reviewId: update.recommendation.reviewId };
  });
