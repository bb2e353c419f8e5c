import { z } from "zod";
import { optionalDate, optionalText, requiredDate } from "@/lib/forms";
import { GroupType, MembershipRole, RtoStatus } from "@/lib/generated/prisma/enums";
import { declineProblem, rtoStatusProblem } from "./rules";

const id = z.string().trim().min(1).max(50);

export const ZGroupDetails = z.object({
  name: z.string().trim().min(1, "Enter the group's name").max(120, "The name must be 120 characters or fewer"),
  type: z.enum(GroupType, "Choose the kind of group"),
  description: optionalText(500, "The description must be 500 characters or fewer"),
  takesNewMembers: z.preprocess((value) => value === "yes", z.boolean()),
  timeAsked: optionalText(200, "This must be 200 characters or fewer"),
  meetingsAsked: optionalText(200, "This must be 200 characters or fewer"),
  skillsAsked: optionalText(200, "This must be 200 characters or fewer"),
});

// The form always sends the tick box; code that sets groups up (tests, seeds) may leave it to the default.
export type GroupDetails = Omit<z.infer<typeof ZGroupDetails>, "takesNewMembers"> & { takesNewMembers?: boolean };

export const ZGroupUpdate = ZGroupDetails.extend({ groupId: id });

/** The register entry of a Registered Tenant Organisation, open to inspection. */
export const ZRtoRegistration = z
  .object({
    groupId: id,
    rtoRegisteredOn: requiredDate("Enter the date the organisation was registered"),
    rtoAreaCovered: z
      .string()
      .trim()
      .min(1, "Enter the area the organisation covers")
      .max(120, "The area must be 120 characters or fewer"),
    constitutionReceivedOn: optionalDate(),
    annualReturnReceivedOn: optionalDate(),
    nextReviewOn: optionalDate(),
    rtoStatus: z.enum(RtoStatus, "Choose the organisation's status"),
    deregistrationReason: optionalText(300, "The reason must be 300 characters or fewer"),
  })
  .superRefine((input, ctx) => {
    const problem = rtoStatusProblem(input.rtoStatus, input.deregistrationReason);
    if (problem) ctx.addIssue({ code: "custom", path: ["deregistrationReason"], message: problem });
  });

export type RtoRegistration = z.infer<typeof ZRtoRegistration>;

export const ZAddMembership = z.object({
  groupId: id,
  customerReference: z
    .string()
    .trim()
    .min(1, "Enter the customer reference")
    .max(30, "Enter a customer reference like C00123")
    .transform((r) => r.toUpperCase()),
  role: z.enum(MembershipRole, "Choose their role in the group"),
  startedOn: requiredDate("Enter the date they joined"),
});

export const ZEndMembership = z.object({ membershipId: id, endedOn: requiredDate("Enter the date they left") });

export const ZJoinRequest = z.object({
  groupId: id,
  message: optionalText(1000, "Your message must be 1,000 characters or fewer"),
});

export const ZJoinDecision = z
  .object({
    requestId: id,
    decision: z.enum(["ACCEPT", "DECLINE"], "Choose whether to accept or decline"),
    declineReason: optionalText(1000, "The reason must be 1,000 characters or fewer"),
  })
  .superRefine((input, ctx) => {
    const problem = declineProblem(input.decision, input.declineReason);
    if (problem) ctx.addIssue({ code: "custom", path: ["declineReason"], message: problem });
  });

export type JoinDecision = z.infer<typeof ZJoinDecision>;
