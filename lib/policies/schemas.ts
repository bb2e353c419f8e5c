import { z } from "zod";
import { optionalDate, requiredDate } from "@/lib/forms";

const id = z.string().trim().min(1).max(50);

/** "none" means no consultation: a radio list cannot send an empty choice. */
const consultation = z.preprocess((value) => (value === "" || value === "none" ? undefined : value), id.optional());

const reviewDates = <T extends { adoptedOn?: Date; lastReviewedOn?: Date; nextReviewOn: Date }>(
  input: T,
  ctx: z.RefinementCtx,
) => {
  const after = input.lastReviewedOn ?? input.adoptedOn;
  if (after && input.nextReviewOn <= after) {
    ctx.addIssue({ code: "custom", path: ["nextReviewOn"], message: "The next review must be after the last one" });
  }
  if (input.adoptedOn && input.lastReviewedOn && input.lastReviewedOn < input.adoptedOn) {
    ctx.addIssue({
      code: "custom",
      path: ["lastReviewedOn"],
      message: "A review cannot be before the policy was adopted",
    });
  }
};

export const ZPolicy = z
  .object({
    name: z
      .string("Enter the policy's name")
      .trim()
      .min(3, "Enter the policy's name")
      .max(150, "The name must be 150 characters or fewer"),
    owner: z
      .string("Enter who owns the policy")
      .trim()
      .min(2, "Enter who owns the policy")
      .max(150, "The owner must be 150 characters or fewer"),
    adoptedOn: requiredDate("Enter the date the policy was adopted"),
    lastReviewedOn: optionalDate(),
    nextReviewOn: requiredDate("Enter the date of the next review"),
    consultationId: consultation,
  })
  .superRefine(reviewDates);
export type PolicyInput = z.infer<typeof ZPolicy>;

export const ZPolicyReview = z
  .object({
    policyId: id,
    lastReviewedOn: requiredDate("Enter the date of the review"),
    nextReviewOn: requiredDate("Enter the date of the next review"),
    consultationId: consultation,
  })
  .superRefine(reviewDates);

/** One impact, evidence and mitigation field per characteristic, as for a strategy. */
export const ZPolicyEquality = z
  .object({ policyId: id })
  .catchall(z.string().trim().max(2000, "This must be 2,000 characters or fewer"));
