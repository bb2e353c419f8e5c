import { z } from "zod";
import { optionalText } from "@/lib/forms";
import { MANAGEMENT_MEASURES } from "./rules";

const id = z.string().min(1).max(50);

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

export const ZRoundRef = z.object({ roundId: id });

const statement = (label: string) => optionalText(2000, `${label} must be 2000 characters or fewer`);

export const METHOD_STATEMENT_FIELDS = [
  { name: "sampleMethod", label: "How the sample was chosen", hint: "A census of all tenants, or how the sample was drawn" },
  { name: "timing", label: "When the survey was carried out", hint: "For example, June to September 2025" },
  { name: "collectionMethods", label: "How answers were collected", hint: "Telephone, online, post, face to face" },
  { name: "representativeness", label: "How representative the answers are", hint: "How respondents compare with all tenants by area, age and tenure" },
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
      .pipe(z.number().min(1, "Enter a margin of error of at least 1 point").max(20, "Enter a margin of error of 20 points or less")),
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

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const YEAR = z.coerce.number("Choose a year").int("Choose a year").min(2020, "Choose a year from 2020").max(2100, "Choose a year before 2100");
const QUARTER = z.coerce.number("Choose a quarter").int("Choose a quarter").min(1, "Choose a quarter").max(4, "Choose a quarter");

/** The quarter picker (a GET form): anything odd falls back to the default quarter. */
export const ZQuarterPicker = z.object({ year: YEAR.optional().catch(undefined), quarter: QUARTER.optional().catch(undefined) });

/** The board page's two GET forms: the survey year to show, and the management year. */
export const ZBoardMeasuresQuery = ZQuarterPicker.extend({ survey: YEAR.optional().catch(undefined) });

const optionalCount = z.preprocess(
  (value) => blankToUndefined(trimmed(value)),
  z.string().regex(/^\d+$/, "Enter a whole number, like 1250").transform(Number).pipe(z.number().max(10_000_000, "Enter 10,000,000 or less")).optional(),
);

/**
 * One quarter's management-information figures, one row of fields per measure (`RP01_numerator`, ...). A row
 * left blank is not entered yet; a row partly filled is a mistake to point at.
 */
export const ZManagementQuarter = z
  .object({
    year: YEAR,
    quarter: QUARTER,
    ...Object.fromEntries(
      MANAGEMENT_MEASURES.flatMap(({ code }) => [
        [`${code}_numerator`, optionalCount],
        [`${code}_denominator`, optionalCount],
        [`${code}_note`, optionalText(500, "The note must be 500 characters or fewer")],
      ]),
    ),
  })
  .transform((input, ctx) => {
    // The figure fields are built from the list of measures, so their types are known here rather than to the compiler.
    const values = input as unknown as Record<string, number | string | undefined> & { year: number; quarter: number };
    const figures = MANAGEMENT_MEASURES.flatMap((definition) => {
      const { code } = definition;
      const numerator = values[`${code}_numerator`] as number | undefined;
      const denominator = values[`${code}_denominator`] as number | undefined;
      const note = values[`${code}_note`] as string | undefined;
      if (numerator === undefined && denominator === undefined) {
        if (note) ctx.addIssue({ code: "custom", path: [`${code}_numerator`], message: "Enter the figures this note explains, or remove the note" });
        return [];
      }
      if (numerator === undefined) ctx.addIssue({ code: "custom", path: [`${code}_numerator`], message: `Enter the ${definition.numerator.toLowerCase()}` });
      if (denominator === undefined) ctx.addIssue({ code: "custom", path: [`${code}_denominator`], message: `Enter the ${definition.denominator.toLowerCase()}` });
      else if (denominator === 0) ctx.addIssue({ code: "custom", path: [`${code}_denominator`], message: `The ${definition.denominator.toLowerCase()} must be more than 0` });
      else if (definition.expressedAs === "percent" && numerator !== undefined && numerator > denominator) {
        ctx.addIssue({ code: "custom", path: [`${code}_numerator`], message: `The ${definition.numerator.toLowerCase()} cannot be more than the ${definition.denominator.toLowerCase()}` });
      }
      return numerator === undefined || denominator === undefined ? [] : [{ code, numerator, denominator, note: note ?? null }];
    });
    return { year: values.year, quarter: values.quarter, figures };
  });

export type ManagementQuarter = z.infer<typeof ZManagementQuarter>;
