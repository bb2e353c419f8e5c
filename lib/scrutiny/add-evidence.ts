import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ScrutinyEvidenceKind } from "@/lib/generated/prisma/enums";
import { isDraft } from "./rules";
import { auditScrutiny, lockReview, type Actor } from "./shared";

type Options = {
  actor: Actor;
  reviewId: string;
  kind: ScrutinyEvidenceKind;
  gatheredOn: Date;
  note: string;
  now?: Date;
};

/** Logs a piece of evidence (a document read, an interview, a site visit, a mystery shop) while the report is a draft. */
export const addEvidence = async ({ actor, reviewId, now = new Date(), ...evidence }: Options) =>
  db.$transaction(async (tx) => {
    const review = await lockReview(tx, reviewId);
    if (!isDraft(review.status)) throw new DomainError("Evidence cannot be added to a published report.");
    if (evidence.gatheredOn > now)
      throw new DomainError("The date cannot be in the future.", { gatheredOn: "Enter a date on or before today" });
    const created = await tx.scrutinyEvidence.create({ data: { reviewId, ...evidence }, select: { id: true } });
    await auditScrutiny(tx, actor, "evidence.added", "ScrutinyEvidence", created.id, {
      reviewId,
      kind: evidence.kind,
      gatheredOn: evidence.gatheredOn.toISOString().slice(0, 10),
    });
    return created;
  });
