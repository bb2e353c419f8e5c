import { z } from "zod";
import { optionalText, requiredDate } from "@/lib/forms";
import { DraftSubjectKind } from "@/lib/generated/prisma/enums";

const id = z.string().min(1).max(50);

/** An officer asking a group to read a draft. */
export const ZAskForReview = z.object({
  subjectKind: z.enum(DraftSubjectKind),
  subjectId: id,
  groupId: z.string("Choose the group to ask").min(1, "Choose the group to ask").max(50),
  closesOn: requiredDate("Enter the last day for comments"),
});

export type AskForReviewInput = z.infer<typeof ZAskForReview>;

/** A member's comment; `section` is a heading of the draft, or empty for the whole draft. */
export const ZDraftComment = z.object({
  reviewId: id,
  section: optionalText(200, "Choose a section from the list"),
  text: z
    .string("Enter your comment")
    .trim()
    .min(1, "Enter your comment")
    .max(3000, "Keep your comment under 3,000 characters"),
});

export type DraftCommentInput = z.infer<typeof ZDraftComment>;

export const ZCloseReview = z.object({ reviewId: id });
