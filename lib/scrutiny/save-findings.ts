import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { GroupWorker } from "@/lib/groups/work-access";
import { draftProblem } from "./rules";
import { auditScrutiny, lockReviewForWork, recordRevision } from "./shared";

type Options = { actor: GroupWorker; reviewId: string; findings: string; now?: Date };

/** A panel member (or supporting officer) saves a new wording of the findings; every wording is kept. */
export const saveFindings = async ({ actor, reviewId, findings, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    const { review, access } = await lockReviewForWork(tx, actor, reviewId, now);
    const problem = draftProblem(review);
    if (problem) throw new DomainError(`${problem}.`, { findings: problem });
    await tx.scrutinyReview.update({ where: { id: reviewId }, data: { findings } });
    const revision = await recordRevision(tx, actor, reviewId, findings);
    await auditScrutiny(tx, actor, "findings.drafted", "ScrutinyReview", reviewId, {
      revisionId: revision.id,
      as: access.as,
    });
  });
