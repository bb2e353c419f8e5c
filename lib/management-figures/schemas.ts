import { z } from "zod";
import { optionalText } from "@/lib/forms";
import { MANAGEMENT_MEASURES } from "./rules";

/** Thousands separators are allowed in a count: "1,250". */
const trimmed = (value: unknown) => (typeof value === "string" ? value.trim().replace(/,/g, "") : value);

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const YEAR = z.coerce
  .number("Choose a year")
  .int("Choose a year")
  .min(2020, "Choose a year from 2020")
  .max(2100, "Choose a year before 2100");
const QUARTER = z.coerce
  .number("Choose a quarter")
  .int("Choose a quarter")
  .min(1, "Choose a quarter")
  .max(4, "Choose a quarter");

/** The quarter picker (a GET form): anything odd falls back to the default quarter. */
export const ZQuarterPicker = z.object({
  year: YEAR.optional().catch(undefined),
  quarter: QUARTER.optional().catch(undefined),
});

/** The board page's two GET forms: the survey year to show, and the management year. */
export const ZBoardMeasuresQuery = ZQuarterPicker.extend({ survey: YEAR.optional().catch(undefined) });

const optionalCount = z.preprocess(
  (value) => blankToUndefined(trimmed(value)),
  z
    .string()
    .regex(/^\d+$/, "Enter a whole number, like 1250")
    .transform(Number)
    .pipe(z.number().max(10_000_000, "Enter 10,000,000 or less"))
    .optional(),
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
        if (note)
          ctx.addIssue({
            code: "custom",
            path: [`${code}_numerator`],
            message: "Enter the figures this note explains, or remove the note",
          });
        return [];
      }
      if (numerator === undefined)
        ctx.addIssue({
          code: "custom",
          path: [`${code}_numerator`],
          message: `Enter the ${definition.numerator.toLowerCase()}`,
        });
      if (denominator === undefined)
        ctx.addIssue({
          code: "custom",
          path: [`${code}_denominator`],
          message: `Enter the ${definition.denominator.toLowerCase()}`,
        });
      else if (denominator === 0)
        ctx.addIssue({
          code: "custom",
          path: [`${code}_denominator`],
          message: `The ${definition.denominator.toLowerCase()} must be more than 0`,
        });
      else if (definition.expressedAs === "percent" && numerator !== undefined && numerator > denominator) {
        ctx.addIssue({
          code: "custom",
          path: [`${code}_numerator`],
          message: `The ${definition.numerator.toLowerCase()} cannot be more than the ${definition.denominator.toLowerCase()}`,
        });
      }
      return numerator === undefined || denominator === undefined
        ? []
        : [{ code, numerator, denominator, note: note ?? null }];
    });
    return { year: values.year, quarter: values.quarter, figures };
  });

export type ManagementQuarter = z.infer<typeof ZManagementQuarter>;
