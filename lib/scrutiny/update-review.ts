import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { NOT_A_PANEL } from "./create-review";
import { isDraft } from "./rules";
import type { ReviewDetails } from "./schemas";
import { auditScrutiny, checkOutcomeCodes, lockReview, type Actor } from "./shared";

type Options = { actor: Actor; reviewId: string; details: ReviewDetails & { findings?: string } };

/** Edits the scope and findings; a published report is the public record and stays as published. */
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
    await tx.scrutinyReview.update({ where: { id: reviewId }, data });
    await auditScrutiny(tx, actor, "review.updated", "ScrutinyReview", reviewId, data);
  });
