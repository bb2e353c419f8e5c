import { z } from "zod";
import { REGIMES } from "./bank-holidays";
import type { Stage } from "./complaints";
import { isIsoDate } from "./dates";
import { readAnswer, SCREENING_QUESTIONS, TENURES, type MeasureDefinition } from "./perception";
import { normaliseAnswer } from "./scales";

/** An empty cell is "not given": optional columns read it as undefined. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const required = (what: string) => z.string().min(1, `is empty: enter ${what}`);

/** Case and surrounding spaces are not differences anyone meant, in a CSV cell or on the command line. */
const choice = <const T extends readonly [string, ...string[]]>(
  choices: T,
  canonical: (text: string) => string = normaliseAnswer,
) =>
  z
    .string()
    .transform(canonical)
    .pipe(z.enum(choices, `must be one of: ${choices.join(", ")}`));

export const ZIsoDate = z.string().refine(isIsoDate, "must be a real date written YYYY-MM-DD");

export const ZRegime = choice(REGIMES);

const ZYesNo = choice(["yes", "no"]).transform((answer) => answer === "yes");

const ZTenure = choice(TENURES, (text) => text.trim().toUpperCase());

const ZMethod = choice(["telephone", "online", "postal", "face_to_face"]);

const answerSchema = (definition: MeasureDefinition) =>
  z.string().transform((raw, context) => {
    const { answer, problem } = readAnswer(definition, raw);
    if (problem) context.addIssue({ code: "custom", message: problem });
    return answer;
  });

/** One survey line, keyed by column name so that a problem's path is the column at fault. */
export const surveyRowSchema = (definitions: readonly MeasureDefinition[]) =>
  z.object({
    respondent_ref: required("the respondent's reference"),
    tenure: ZTenure,
    collected_on: optional(ZIsoDate),
    method: optional(ZMethod),
    ...Object.fromEntries(SCREENING_QUESTIONS.map((question) => [question, optional(ZYesNo)])),
    ...Object.fromEntries(definitions.map((definition) => [definition.code, answerSchema(definition)])),
  });

const ZStage = z.enum(["1", "2"], "must be 1 or 2").transform((stage): Stage => (stage === "1" ? 1 : 2));

const ZExtension = z.string().regex(/^\d+$/, "must be a whole number of working days, 0 or more").transform(Number);

const notBefore = (earlier: string, later: string | undefined) => later === undefined || earlier <= later;

/** One complaint stage, keyed by column name so that a problem's path is the column at fault. */
export const complaintRowSchema = z
  .object({
    complaint_ref: required("the complaint reference"),
    stage: ZStage,
    received_on: ZIsoDate,
    acknowledged_on: optional(ZIsoDate),
    responded_on: optional(ZIsoDate),
    extension_working_days: optional(ZExtension),
  })
  .superRefine((row, context) => {
    for (const column of ["acknowledged_on", "responded_on"] as const) {
      if (!notBefore(row.received_on, row[column])) {
        context.addIssue({
          code: "custom",
          path: [column],
          message: `${row[column]} is before received_on ${row.received_on}`,
        });
      }
    }
  });

const ZWholeNumber = z
  .string()
  .regex(/^\d+$/, "must be a whole number above 0")
  .transform(Number)
  .refine((value) => value > 0, "must be a whole number above 0");

const ZMargin = z
  .string()
  .regex(/^\d+(\.\d+)?$/, "must be a number of percentage points, such as 4 or 2.5")
  .transform(Number)
  .refine((value) => value > 0 && value < 100, "must be above 0 and below 100");

const ZPeriod = { regime: ZRegime, from: ZIsoDate, to: ZIsoDate };

const fromNotAfterTo = <T extends z.ZodType<{ from: string; to: string }>>(schema: T) =>
  schema.refine(({ from, to }) => from <= to, { message: "must not be after --to", path: ["from"] });

/** The command line's options per subcommand, as the strings node:util parseArgs gives. */
export const commandSchemas = {
  tsm: z.object({ input: z.string() }),
  complaints: fromNotAfterTo(z.object({ input: z.string(), ...ZPeriod, homes: ZWholeNumber.optional() })),
  "sample-size": z.object({ population: ZWholeNumber, margin: ZMargin }),
  "working-days": fromNotAfterTo(z.object(ZPeriod)),
};

export type Command = keyof typeof commandSchemas;
