import { z } from "zod";
import { optionalDate } from "@/lib/forms";
import { Regime } from "@/lib/generated/prisma/enums";
import { ARC_MEASURES, SCREENING_QUESTIONS, TSM_MEASURES } from "../measures/perception";
import { OFFICER_METHODS } from "./labels";

const id = z.string().min(1).max(50);
const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

export const ZOpenRound = z.object({
  year: z.preprocess(
    blankToUndefined,
    z.coerce
      .number("Enter the year the reporting year starts, like 2026")
      .int("Enter the year the reporting year starts, like 2026")
      .min(2000, "Enter a year from 2000 to 2100")
      .max(2100, "Enter a year from 2000 to 2100"),
  ),
  regime: z.enum(Regime, "Choose England or Scotland"),
  targetMargin: z.preprocess(
    (value) => (value === "" || value === undefined ? 4 : value),
    z.coerce.number("Enter a number of percentage points, like 4").gt(0, "Enter a margin above 0").max(20, "Enter a margin of 20 or less"),
  ),
});

export type OpenRoundInput = z.infer<typeof ZOpenRound>;

export const ZRoundRef = z.object({ roundId: id });

const ZYesNo = z.preprocess(blankToUndefined, z.enum(["yes", "no"], "Choose yes or no").transform((answer) => answer === "yes").optional());

// Each measure's radio buttons send stored points; which codes belong to the round is checked by the use case.
const ZPoints = z.preprocess(
  blankToUndefined,
  z.enum(["0", "1", "2", "3", "4", "5"], "Choose one of the answers").transform(Number).optional(),
);

const CODES = [...TSM_MEASURES, ...ARC_MEASURES].map(({ code }) => code);

/** A questionnaire as a form sends it: screening questions by their CSV column name, answers by measure code. */
export const ZQuestionnaire = z
  .object({
    ...Object.fromEntries(SCREENING_QUESTIONS.map((question) => [question, ZYesNo])),
    ...Object.fromEntries(CODES.map((code) => [code, ZPoints])),
  })
  .transform((cells) => {
    const values = cells as Record<string, number | boolean | undefined>;
    return {
      screening: Object.fromEntries(SCREENING_QUESTIONS.flatMap((q) => (values[q] === undefined ? [] : [[q, values[q] as boolean]]))),
      answers: Object.fromEntries(CODES.flatMap((code) => (values[code] === undefined ? [] : [[code, values[code] as number]]))),
    };
  });

export type QuestionnaireInput = z.infer<typeof ZQuestionnaire>;

export const ZTenantAnswers = z.object({ roundId: id }).and(ZQuestionnaire);

export const ZOfficerResponse = z
  .object({
    roundId: id,
    customerReference: z.string().trim().min(1, "Enter the customer reference, like C00123").max(50, "Check the customer reference, like C00123"),
    method: z.enum(OFFICER_METHODS, "Choose how the answers were collected"),
    collectedOn: optionalDate(),
  })
  .and(ZQuestionnaire);
