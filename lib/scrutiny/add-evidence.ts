import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ScrutinyEvidenceKind } from "@/lib/generated/prisma/enums";
import type { GroupWorker } from "@/lib/groups/work-access";
import { isDraft } from "./rules";
import { auditScrutiny, lockReviewForWork } from "./shared";

type Options = {
  actor: GroupWorker;
  reviewId: string;
  kind: ScrutinyEvidenceKind;
  gatheredOn: Date;
  note: string;
  now?: Date;
};

/**
 * Logs a piece of evidence (a note, a document read, an interview, a site visit, a mystery shop) while the report
 * is a draft: by a member of the panel running the review, or an officer supporting it.
 */
export const addEvidence = async ({ actor, reviewId, now = new Date(), ...evidence }: Options) =>
  db.$transaction(async (tx) => {
    const { review, access } = await lockReviewForWork(tx, actor, reviewId, now);
    if (!isDraft(review.status)) throw new DomainError("Evidence cannot be added to a published report.");
    if (evidence.gatheredOn > now)
      throw new DomainError("The date cannot be in the future.", { gatheredOn: "Enter a date on or before today" });
    const created = await tx.scrutinyEvidence.create({
      data: { reviewId, ...evidence, addedById: actor.id },
      select: { id: true },
    });
    await auditScrutiny(tx, actor, "evidence.added", "ScrutinyEvidence", created.id, {
      reviewId,
      kind: evidence.kind,
      gatheredOn: evidence.gatheredOn.toISOString().slice(0, 10),
      as: access.as,
    });
    return created;
  });
