import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ReportVote } from "@/lib/generated/prisma/enums";
import { currentMembers, type GroupWorker } from "@/lib/groups/work-access";
import { reportAgreement, voteProblem, type VoteCount } from "./rules";
import { auditScrutiny, lockReviewForWork } from "./shared";

type Options = { actor: GroupWorker; reviewId: string; vote: ReportVote; now?: Date };

/**
 * A panel member casts (or changes) their vote on the draft report. After each vote the panel's rule is applied
 * to the current members' votes; when it is met the report is agreed and the vote closes (a trigger refuses later
 * votes too). Officers support the panel but do not vote.
 */
export const castReportVote = async ({ actor, reviewId, vote, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    const { review, access } = await lockReviewForWork(tx, actor, reviewId, now);
    if (access.as !== "member")
      throw new DomainError("Only members of the panel vote on its report.", { vote: "Only panel members vote" });
    const content = await tx.scrutinyReview.findUniqueOrThrow({
      where: { id: reviewId },
      select: { status: true, findings: true, reportAgreedAt: true, recommendations: { select: { response: true } } },
    });
    const problem = voteProblem(content);
    if (problem) throw new DomainError(`${problem}.`, { vote: problem });
    await tx.scrutinyReportVote.upsert({
      where: { reviewId_voterId: { reviewId, voterId: actor.id } },
      create: { reviewId, voterId: actor.id, vote, castAt: now },
      update: { vote, castAt: now },
    });
    const members = await currentMembers(tx, review.panelId, now);
    const grouped = await tx.scrutinyReportVote.groupBy({
      by: ["vote"],
      where: {
        reviewId,
        OR: [{ voterId: { in: members.userIds } }, { voter: { customerId: { in: members.customerIds } } }],
      },
      _count: { _all: true },
    });
    const count: VoteCount = { FOR: 0, AGAINST: 0, ABSTAIN: 0 };
    for (const row of grouped) count[row.vote] = row._count._all;
    const outcome = reportAgreement(members.count, count);
    if (outcome.agreed) await tx.scrutinyReview.update({ where: { id: reviewId }, data: { reportAgreedAt: now } });
    await auditScrutiny(tx, actor, "report.vote_cast", "ScrutinyReview", reviewId, {
      vote,
      ...count,
      agreed: outcome.agreed,
    });
    return outcome;
  });
