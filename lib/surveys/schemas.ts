import { z } from "zod";
import { optionalDate, optionalText } from "@/lib/forms";
import { Regime } from "@/lib/generated/prisma/enums";
import { ARC_MEASURES, SCREENING_QUESTIONS, TSM_MEASURES } from "@/lib/measures/perception";
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
    z.coerce
      .number("Enter a number of percentage points, like 4")
      .gt(0, "Enter a margin above 0")
      .max(20, "Enter a margin of 20 or less"),
  ),
});

export type OpenRoundInput = z.infer<typeof ZOpenRound>;

/** Names a round in a form or a route: the one definition every round action parses. */
export const ZRoundRef = z.object({ roundId: id });

const ZYesNo = z.preprocess(
  blankToUndefined,
  z
    .enum(["yes", "no"], "Choose yes or no")
    .transform((answer) => answer === "yes")
    .optional(),
);

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
      screening: Object.fromEntries(
        SCREENING_QUESTIONS.flatMap((q) => (values[q] === undefined ? [] : [[q, values[q] as boolean]])),
      ),
      answers: Object.fromEntries(
        CODES.flatMap((code) => (values[code] === undefined ? [] : [[code, values[code] as number]])),
      ),
    };
  });

export type QuestionnaireInput = z.infer<typeof ZQuestionnaire>;

export const ZTenantAnswers = z.object({ roundId: id }).and(ZQuestionnaire);

export const ZOfficerResponse = z
  .object({
    roundId: id,
    customerReference: z
      .string()
      .trim()
      .min(1, "Enter the customer reference, like C00123")
      .max(50, "Check the customer reference, like C00123"),
    method: z.enum(OFFICER_METHODS, "Choose how the answers were collected"),
    collectedOn: optionalDate(),
  })
  .and(ZQuestionnaire);

const trimmed = (value: unknown) => (typeof value === "string" ? value.trim().replace(/,/g, "") : value);

/** A count typed into a text box: "1,250" is fine, "12.5" and "-3" are not. */
const wholeNumber = (missing: string, max = 10_000_000) =>
  z.preprocess(
    trimmed,
    z
      .string(missing)
      .min(1, missing)
      .regex(/^\d+$/, "Enter a whole number, like 1250")
      .transform(Number)
      .pipe(z.number().max(max, `Enter ${max.toLocaleString("en-GB")} or less`)),
  );

const statement = (label: string) => optionalText(2000, `${label} must be 2000 characters or fewer`);

export const METHOD_STATEMENT_FIELDS = [
  {
    name: "sampleMethod",
    label: "How the sample was chosen",
    hint: "A census of all tenants, or how the sample was drawn",
  },
  { name: "timing", label: "When the survey was carried out", hint: "For example, June to September 2025" },
  { name: "collectionMethods", label: "How answers were collected", hint: "Telephone, online, post, face to face" },
  {
    name: "representativeness",
    label: "How representative the answers are",
    hint: "How respondents compare with all tenants by area, age and tenure",
  },
  { name: "weighting", label: "Weighting", hint: "Any weighting applied, and why; or say none" },
  { name: "contractor", label: "Research contractor", hint: "Who carried out the survey, if not the landlord" },
  { name: "exclusions", label: "Tenants left out", hint: "Who was not asked, and why" },
  { name: "incentives", label: "Incentives", hint: "Any prize draw or reward offered for taking part" },
] as const;

export const ZRoundPlan = z.object({
  roundId: id,
  targetMargin: z.preprocess(
    trimmed,
    z
      .string("Enter the margin of error to plan for")
      .min(1, "Enter the margin of error to plan for")
      .regex(/^\d+(\.\d)?$/, "Enter the margin of error in percentage points, like 4 or 3.5")
      .transform(Number)
      .pipe(
        z
          .number()
          .min(1, "Enter a margin of error of at least 1 point")
          .max(20, "Enter a margin of error of 20 points or less"),
      ),
  ),
  populationLcra: wholeNumber("Enter the number of low-cost rental homes (0 if none)"),
  populationLcho: wholeNumber("Enter the number of low-cost home ownership homes (0 if none)"),
  sampleMethod: statement("How the sample was chosen"),
  timing: statement("When the survey was carried out"),
  collectionMethods: statement("How answers were collected"),
  representativeness: statement("How representative the answers are"),
  weighting: statement("Weighting"),
  contractor: statement("Research contractor"),
  exclusions: statement("Tenants left out"),
  incentives: statement("Incentives"),
});

export type RoundPlan = Omit<z.infer<typeof ZRoundPlan>, "roundId">;
