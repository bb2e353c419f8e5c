import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ScrutinyReviewStatus } from "@/lib/generated/prisma/enums";
import { isPublic, reopensReport, statusChangeProblem } from "./rules";
import { auditScrutiny, lockReview } from "./shared";

type Options = { actor: Actor; reviewId: string; status: ScrutinyReviewStatus; now?: Date };

/**
 * Moves a review to its next stage; publishing makes the report and the landlord's responses public. Going back
 * to a writing stage reopens the report: the agreement and its votes are cleared (the audit log keeps them).
 */
export const changeReviewStatus = async ({ actor, reviewId, status, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    const review = await lockReview(tx, reviewId);
    const content = await tx.scrutinyReview.findUniqueOrThrow({
      where: { id: reviewId },
      select: { findings: true, reportAgreedAt: true, recommendations: { select: { response: true } } },
    });
    const problem = statusChangeProblem(review.status, status, content);
    if (problem) throw new DomainError(problem, { status: problem });
    const publishedAt = status === "PUBLISHED" ? now : undefined;
    const reopen = reopensReport(status) && content.reportAgreedAt !== null;
    await tx.scrutinyReview.update({
      where: { id: reviewId },
      data: {
        status,
        ...(publishedAt && { publishedAt }),
        ...(reopen && { reportAgreedAt: null, agreedAtMeetingOn: null, agreedMinuteReference: null }),
      },
    });
    if (reopen) await tx.scrutinyReportVote.deleteMany({ where: { reviewId } });
    await auditScrutiny(tx, actor, "review.status_changed", "ScrutinyReview", reviewId, {
      from: review.status,
      to: status,
      reopened: reopen,
    });
    return { status, isPublic: isPublic(status) };
  });
