import { z } from "zod";
import { optionalText } from "@/lib/forms";
import { ENTERED_ARC_INDICATORS } from "./rules";

const YEAR = z.coerce
  .number("Choose a year")
  .int("Choose a year")
  .min(2020, "Choose a year from 2020")
  .max(2100, "Choose a year before 2100");

/** The page's year picker (a GET form): anything odd falls back to the year before the current one. */
export const ZReturnQuery = z.object({ year: YEAR.optional().catch(undefined) });

const optionalFigure = z.preprocess(
  (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : value.trim().replace(/,/g, "")) : value),
  z
    .string()
    .regex(/^\d+(\.\d+)?$/, "Enter a number, like 92.4")
    .transform(Number)
    .pipe(z.number().max(100_000, "Enter 100,000 or less"))
    .optional(),
);

/** Scotland's entered indicators, one field per indicator (`figure_6`); blank is still missing. */
export const ZReturnFigures = z
  .object({
    year: YEAR,
    ...Object.fromEntries(ENTERED_ARC_INDICATORS.map(({ code }) => [`figure_${code}`, optionalFigure])),
  })
  .transform((input, ctx) => {
    const values = input as unknown as Record<string, number | undefined> & { year: number };
    const figures = ENTERED_ARC_INDICATORS.flatMap(({ code, unit }) => {
      const value = values[`figure_${code}`];
      if (value === undefined) return [];
      if (unit === "percent" && value > 100) {
        ctx.addIssue({ code: "custom", path: [`figure_${code}`], message: "A percentage cannot be more than 100" });
        return [];
      }
      if (unit === "times" && !Number.isInteger(value)) {
        ctx.addIssue({ code: "custom", path: [`figure_${code}`], message: "Enter a whole number of times, like 2" });
        return [];
      }
      return [{ code, value }];
    });
    return { year: values.year, figures };
  });

export type ReturnFiguresInput = z.infer<typeof ZReturnFigures>;

export const ZReturnSubmission = z.object({
  year: YEAR,
  reference: z
    .string("Enter the regulator's reference for the submission")
    .trim()
    .min(1, "Enter the regulator's reference for the submission")
    .max(100, "The reference must be 100 characters or fewer"),
  note: optionalText(500, "The note must be 500 characters or fewer"),
});

export type ReturnSubmission = z.infer<typeof ZReturnSubmission>;
