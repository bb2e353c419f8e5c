import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { isoDay } from "@/lib/uk-time";
import { closingDateProblem } from "./rules";
import type { AskForReviewInput } from "./schemas";
import { loadDraft } from "./subjects";

type Options = { actor: Actor; input: AskForReviewInput; now?: Date };

/** An officer asks a group to read a draft and comment until the closing date. */
export const askForReview = async ({ actor, input, now = new Date() }: Options) => {
  const draft = await loadDraft(input.subjectKind, input.subjectId);
  if (!draft) throw notFoundError("draft");
  if (!draft.isDraft) throw new DomainError("This has gone out already, so it is no longer a draft to review.");
  const problem = closingDateProblem(input.closesOn, now);
  if (problem) throw new DomainError(problem, { closesOn: problem });
  return db.$transaction(async (tx) => {
    const group = await tx.group.findUnique({ where: { id: input.groupId }, select: { id: true } });
    if (!group) throw new DomainError("Choose the group to ask", { groupId: "Choose the group to ask" });
    const review = await tx.draftReview.create({
      data: { ...input, askedById: actor.id },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "draft-review.asked",
      entityType: "DraftReview",
      entityId: review.id,
      details: {
        subjectKind: input.subjectKind,
        subjectId: input.subjectId,
        groupId: input.groupId,
        closesOn: isoDay(input.closesOn),
      },
    });
    return review;
  });
};
