import { z } from "zod";
import { optionalText } from "@/lib/forms";
import { HouseholdRelationship } from "@/lib/generated/prisma/enums";
import { ADULT_BANDS, CHILD_BANDS } from "./labels";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** Someone 16 or over in the tenant's home. Contact details only with the tenant's agreement. */
export const ZHouseholdMember = z
  .object({
    firstName: z.string().trim().min(1, "Enter their first name").max(60, "The name must be 60 characters or fewer"),
    ageBand: z.enum(ADULT_BANDS, "Choose their age (only people 16 or over are named here)"),
    relationship: z.enum(HouseholdRelationship, "Choose how they are related to you"),
    email: z.preprocess(blankToUndefined, z.email("Enter an email address, like name@example.com").max(200).optional()),
    contactConsent: z.preprocess((value) => value === "yes", z.boolean()),
  })
  .superRefine(({ email, contactConsent }, ctx) => {
    if (email && !contactConsent)
      ctx.addIssue({
        code: "custom",
        path: ["contactConsent"],
        message: "Tick this if we may email them, or leave the email address empty",
      });
  });

export type HouseholdMemberInput = z.infer<typeof ZHouseholdMember>;

export const ZHouseholdMemberRef = z.object({ memberId: z.string().min(1).max(50) });

const childCount = z.preprocess(
  (value) => (value === "" || value === undefined ? 0 : value),
  z.coerce.number("Enter a number").int("Enter a whole number").min(0, "Enter 0 or more").max(20, "Enter 20 or fewer"),
);

/** How many children of each age live in the home: numbers only. */
export const ZHouseholdChildren = z.object(
  Object.fromEntries(CHILD_BANDS.map((band) => [band, childCount])) as Record<
    (typeof CHILD_BANDS)[number],
    typeof childCount
  >,
);

export type HouseholdChildrenInput = z.infer<typeof ZHouseholdChildren>;

export const ZOwnWords = optionalText(300, "Say it in 300 characters or fewer");

/** Inviting someone 16 to 24 in the household to their own account, at the email address given for them. */
export const ZHouseholdInvitation = ZHouseholdMemberRef.extend({
  email: z
    .string("Enter their email address")
    .trim()
    .toLowerCase()
    .min(1, "Enter their email address")
    .max(200, "The email address must be 200 characters or fewer")
    .pipe(z.email("Enter an email address, like name@example.com")),
});
