import { db } from "@/lib/db";
import type { DraftSubjectKind } from "@/lib/generated/prisma/enums";
import type { GroupActor } from "@/lib/groups/space-access";
import { reviewerGroupIds } from "./membership";
import { isReviewOpen } from "./rules";
import { loadDraft } from "./subjects";

const REVIEW_FIELDS = {
  id: true,
  subjectKind: true,
  subjectId: true,
  closesOn: true,
  closedAt: true,
  createdAt: true,
  group: { select: { id: true, name: true } },
} as const;

/** The groups asked to read one draft, newest first, with how many comments each has sent: for the draft's page. */
export const listReviewsOfDraft = async (subjectKind: DraftSubjectKind, subjectId: string, now = new Date()) => {
  const reviews = await db.draftReview.findMany({
    where: { subjectKind, subjectId },
    select: { ...REVIEW_FIELDS, askedBy: { select: { name: true } }, _count: { select: { comments: true } } },
    orderBy: { createdAt: "desc" },
  });
  return reviews.map(({ _count, ...review }) => ({
    ...review,
    comments: _count.comments,
    open: isReviewOpen(review, now),
  }));
};

/** One review for officers: the draft as it stands and every comment, oldest first. */
export const getReviewForOfficer = async (reviewId: string, now = new Date()) => {
  const review = await db.draftReview.findUnique({
    where: { id: reviewId },
    select: {
      ...REVIEW_FIELDS,
      askedBy: { select: { name: true } },
      comments: {
        select: { id: true, section: true, text: true, createdAt: true, author: { select: { name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!review) return null;
  const draft = await loadDraft(review.subjectKind, review.subjectId);
  return draft && { ...review, draft, open: isReviewOpen(review, now) };
};

/**
 * The drafts a member's groups were asked to read, open ones first: the tenant's "Drafts to review", or with
 * `groupId` one group space's (still only if the actor is a current member of it).
 */
export const listDraftsToReview = async (actor: GroupActor, now = new Date(), groupId?: string) => {
  const groupIds = (await reviewerGroupIds(actor, now)).filter((id) => groupId === undefined || id === groupId);
  const reviews = await db.draftReview.findMany({
    where: { groupId: { in: groupIds } },
    select: {
      ...REVIEW_FIELDS,
      _count: { select: { comments: { where: { authorId: actor.id } } } },
    },
    orderBy: [{ closesOn: "desc" }, { createdAt: "desc" }],
    take: 50,
  });
  const rows = await Promise.all(
    reviews.map(async ({ _count, ...review }) => {
      const draft = await loadDraft(review.subjectKind, review.subjectId);
      return (
        draft && {
          ...review,
          title: draft.title,
          noun: draft.noun,
          myComments: _count.comments,
          open: isReviewOpen(review, now),
        }
      );
    }),
  );
  return rows.filter((row) => row !== null).sort((a, b) => Number(b.open) - Number(a.open));
};

/** One draft for a member of the group asked to read it, with their own comments; null for anyone else. */
export const getReviewForMember = async (reviewId: string, actor: GroupActor, now = new Date()) => {
  const groupIds = await reviewerGroupIds(actor, now);
  const review = await db.draftReview.findFirst({
    where: { id: reviewId, groupId: { in: groupIds } },
    select: {
      ...REVIEW_FIELDS,
      comments: {
        where: { authorId: actor.id },
        select: { id: true, section: true, text: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!review) return null;
  const draft = await loadDraft(review.subjectKind, review.subjectId);
  return draft && { ...review, draft, open: isReviewOpen(review, now) };
};
