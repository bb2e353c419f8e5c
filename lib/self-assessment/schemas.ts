import { z } from "zod";
import { checkboxes, optionalText, requiredDate } from "@/lib/forms";
import { ZStrategyAction } from "@/lib/strategy/schemas";
import { RATINGS } from "./rules";

const YEAR = z.coerce
  .number("Choose a year")
  .int("Choose a year")
  .min(2020, "Choose a year from 2020")
  .max(2100, "Choose a year before 2100");

const code = z.string("Choose a requirement").min(1, "Choose a requirement").max(20);

export const ZSelfAssessmentQuery = z.object({ year: YEAR.optional().catch(undefined) });

const required = (max: number, empty: string, long: string) => z.string(empty).trim().min(1, empty).max(max, long);

export const ZRequirementAssessment = z.object({
  year: YEAR,
  requirementCode: code,
  rating: z.enum(RATINGS, "Choose how well we meet the requirement"),
  narrative: required(5000, "Explain the rating", "The explanation must be 5,000 characters or fewer"),
  evidence: checkboxes(z.string().max(500)),
});

export type RequirementAssessment = z.infer<typeof ZRequirementAssessment>;

/** An improvement action is a strategy action, so it asks the same questions. */
export const ZImprovementAction = ZStrategyAction.omit({ planId: true }).extend({ year: YEAR, requirementCode: code });

export type ImprovementAction = z.infer<typeof ZImprovementAction>;

export const ZSignOff = z.object({
  year: YEAR,
  signedOffBy: required(200, "Enter who signed it off for the board", "The name must be 200 characters or fewer"),
  signedOffOn: requiredDate("Enter the date of the board meeting"),
  minuteRef: required(100, "Enter the minute reference", "The minute reference must be 100 characters or fewer"),
  note: optionalText(500, "The note must be 500 characters or fewer"),
});

export type SignOff = z.infer<typeof ZSignOff>;
