import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { NOT_A_PANEL } from "./create-review";
import { draftProblem, isDraft } from "./rules";
import type { ReviewDetails } from "./schemas";
import { auditScrutiny, checkOutcomeCodes, lockReview, recordRevision } from "./shared";

type Options = { actor: Actor; reviewId: string; details: ReviewDetails & { findings?: string } };

/**
 * An officer edits the scope and findings; a published report is the public record and stays as published, and
 * findings the panel has agreed by its vote are not rewritten behind its back.
 */
export const updateReview = async ({ actor, reviewId, details }: Options) =>
  db.$transaction(async (tx) => {
    const review = await lockReview(tx, reviewId);
    if (!isDraft(review.status)) throw new DomainError("A published report cannot be changed.");
    const panel = await tx.group.findFirst({
      where: { id: details.panelId, type: "SCRUTINY_PANEL" },
      select: { id: true },
    });
    if (!panel) throw NOT_A_PANEL;
    await checkOutcomeCodes(tx, details.outcomeCodes);
    const data = { ...details, findings: details.findings ?? null };
    const { findings: before } = await tx.scrutinyReview.findUniqueOrThrow({
      where: { id: reviewId },
      select: { findings: true },
    });
    if (data.findings !== before) {
      const problem = draftProblem(review);
      if (problem) throw new DomainError(`${problem}.`, { findings: problem });
      if (data.findings) await recordRevision(tx, actor, reviewId, data.findings);
    }
    await tx.scrutinyReview.update({ where: { id: reviewId }, data });
    await auditScrutiny(tx, actor, "review.updated", "ScrutinyReview", reviewId, data);
  });
