import { z } from "zod";
import { optionalDate, optionalText, requiredDate } from "@/lib/forms";
import { ActionStatus, ReportBody } from "@/lib/generated/prisma/enums";

const id = z.string().min(1).max(50);

// The message is given to z.string() too, so a field missing from the post reads the same as an empty one.
const text = (max: number, empty: string) =>
  z
    .string(empty)
    .trim()
    .min(1, empty)
    .max(max, `This must be ${max.toLocaleString("en-GB")} characters or fewer`);

export const ZStrategyDetails = z
  .object({
    title: text(200, "Enter a title"),
    startsOn: requiredDate("Enter the date the strategy starts"),
    endsOn: requiredDate("Enter the date the strategy ends"),
    vision: text(2000, "Enter the vision"),
    values: text(2000, "Enter the values"),
  })
  .refine((input) => input.endsOn > input.startsOn, {
    path: ["endsOn"],
    message: "The end date must be after the start date",
  });

export type StrategyDetails = z.infer<typeof ZStrategyDetails>;

export const ZStrategyEdit = ZStrategyDetails.and(z.object({ strategyId: id }));

export const ZStrategyRef = z.object({ strategyId: id });

// Field names differ between the forms that share the strategy page, so every field id on it is unique.
export const ZObjective = z.object({ strategyId: id, objectiveTitle: text(300, "Enter the objective") });

/** "priority:<id>": one radio list names every part of the draft, whatever its kind. */
export const ZStrategyPartRemoval = z.object({
  strategyId: id,
  part: z
    .string("Choose what to remove")
    .regex(/^(objective|priority|commitment):[\w-]{1,50}$/, "Choose what to remove")
    .transform((value) => {
      const [kind, partId] = value.split(":") as ["objective" | "priority" | "commitment", string];
      return { kind, id: partId };
    }),
});

export const ZPriority = z.object({
  strategyId: id,
  objectiveId: z.string("Choose the objective this priority is under").min(1).max(50),
  priorityTitle: text(300, "Enter the priority"),
});

export const ZCommitment = z.object({
  strategyId: id,
  priorityId: z.string("Choose the priority this commitment is under").min(1).max(50),
  commitment: text(500, 'Enter the commitment, starting "We will"'),
});

/** One impact, evidence and mitigation field per characteristic; which ones exist is the landlord's list. */
export const ZEqualityAssessment = z
  .object({ strategyId: id })
  .catchall(z.string().trim().max(2000, "This must be 2,000 characters or fewer"));

export const ZConsultation = z.object({
  strategyId: id,
  startedOn: requiredDate("Enter the date consultation started"),
  reference: optionalText(300, "The reference must be 300 characters or fewer"),
});

/** "none" unlinks: a radio list cannot send an empty choice. */
export const ZConsultationLink = z.object({
  strategyId: id,
  consultationId: z
    .string("Choose a consultation, or none")
    .min(1, "Choose a consultation, or none")
    .max(50)
    .transform((value) => (value === "none" ? null : value)),
});

export const ZApproval = z.object({
  strategyId: id,
  approvedBy: text(200, "Enter the board or committee that approved it"),
  approvedOn: requiredDate("Enter the date it was approved"),
  minuteRef: text(100, "Enter the minute reference"),
});

export const ZReviewSettings = z.object({
  strategyId: id,
  fullReviewDueOn: requiredDate("Enter the date of the next full review"),
  kpiReviewDueOn: optionalDate(),
  tenantConsultationOn: optionalDate(),
});

export type ReviewSettings = z.infer<typeof ZReviewSettings>;

export const ZActionPlan = z.object({
  strategyId: id,
  year: z.coerce
    .number("Enter a year, for example 2026")
    .int("Enter a year, for example 2026")
    .min(2000, "Enter a year, for example 2026")
    .max(2100, "Enter a year, for example 2026"),
});

export const ZStrategyAction = z.object({
  planId: id,
  priorityId: z.string("Choose the priority this action delivers").min(1).max(50),
  title: text(300, "Enter the action"),
  owner: text(100, "Enter who is responsible"),
  targetOn: requiredDate("Enter the target date"),
  measureOfSuccess: text(500, "Enter how you will know it has worked"),
});

export type StrategyActionInput = Omit<z.infer<typeof ZStrategyAction>, "planId">;

export const ZActionUpdate = z.object({
  actionId: id,
  status: z.enum(ActionStatus, "Choose how the action is going"),
  text: text(2000, "Enter what has happened since the last update"),
});

export const ZJargonTerm = z.object({
  termId: z.preprocess((value) => (value === "" ? undefined : value), id.optional()),
  term: text(100, "Enter the word or phrase"),
  definition: text(1000, "Enter what it means in plain English"),
});

/** Quarter 0 is the annual monitoring report for the year; 1 to 4 are the quarterly reports. */
export const ZPresentation = z.object({
  strategyId: id,
  year: z.coerce.number().int().min(2000).max(2100),
  quarter: z.coerce.number().int().min(0).max(4),
  body: z.enum(ReportBody, "Choose who the report went to"),
  presentedOn: requiredDate("Enter the date of the meeting"),
  meeting: text(200, "Enter the meeting, for example Board meeting"),
  minuteRef: optionalText(60, "The minute reference must be 60 characters or fewer"),
});

/** The report's year and quarter from the query string; anything malformed falls back to the current quarter. */
export const ZReportPeriod = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  quarter: z.coerce.number().int().min(1).max(4).optional().catch(undefined),
});
