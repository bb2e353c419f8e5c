import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ReviewDetails } from "./schemas";
import { auditScrutiny, checkOutcomeCodes } from "./shared";

export const NOT_A_PANEL = new DomainError("Reviews are run by a scrutiny panel.", {
  panelId: "Choose a scrutiny panel",
});

/** Starts a review at the scoping stage, run by one of the landlord's scrutiny panels. */
export const createReview = async ({ actor, details }: { actor: Actor; details: ReviewDetails }) =>
  db.$transaction(async (tx) => {
    const panel = await tx.group.findFirst({
      where: { id: details.panelId, type: "SCRUTINY_PANEL" },
      select: { id: true },
    });
    if (!panel) throw NOT_A_PANEL;
    await checkOutcomeCodes(tx, details.outcomeCodes);
    const review = await tx.scrutinyReview.create({ data: details, select: { id: true } });
    await auditScrutiny(tx, actor, "review.created", "ScrutinyReview", review.id, details);
    return review;
  });
