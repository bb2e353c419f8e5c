import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import type { GroupActor } from "@/lib/groups/space-access";
import { reviewerGroupIds } from "./membership";
import { isKnownSection, isReviewOpen } from "./rules";
import type { DraftCommentInput } from "./schemas";
import { loadDraft } from "./subjects";

const CLOSED = "This review has closed, so it takes no more comments.";

/** A group member comments on a draft their group was asked to read, while the review is open. */
export const addDraftComment = async ({
  actor,
  input,
  now = new Date(),
}: {
  actor: GroupActor;
  input: DraftCommentInput;
  now?: Date;
}) => {
  const groupIds = await reviewerGroupIds(actor, now);
  // Someone outside the group is told the review does not exist, as for a wrong id.
  const review = await db.draftReview.findFirst({
    where: { id: input.reviewId, groupId: { in: groupIds } },
    select: { id: true, groupId: true, subjectKind: true, subjectId: true, closesOn: true, closedAt: true },
  });
  if (!review) throw notFoundError("draft");
  if (!isReviewOpen(review, now)) throw new DomainError(CLOSED);
  const draft = await loadDraft(review.subjectKind, review.subjectId);
  if (!draft) throw notFoundError("draft");
  const headings = draft.sections.map((section) => section.heading);
  if (!isKnownSection(input.section, headings)) {
    throw new DomainError("Choose a section from the list", { section: "Choose a section from the list" });
  }
  try {
    const comment = await db.draftComment.create({
      data: { reviewId: review.id, authorId: actor.id, section: input.section ?? null, text: input.text },
      select: { id: true },
    });
    return { ...comment, groupId: review.groupId };
  } catch (error) {
    // The database's own rule (a trigger) refuses a comment on a review that closed since the check above.
    if (error instanceof Error && /is closed and takes no comments/.test(error.message)) throw new DomainError(CLOSED);
    throw error;
  }
};
