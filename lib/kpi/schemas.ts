import { z } from "zod";
import { optionalQueryParam, optionalText, requiredDate } from "@/lib/forms";
import { KpiDirection, KpiSection, KpiSource, KpiUnit } from "@/lib/generated/prisma/enums";
import { isOutcomeCode } from "@/lib/outcomes/standards";
import { needsSourceCode } from "./rules";

const id = z.string().min(1).max(50);

const text = (max: number, empty: string) =>
  z
    .string(empty)
    .trim()
    .min(1, empty)
    .max(max, `This must be ${max.toLocaleString("en-GB")} characters or fewer`);

const choice = <T extends Record<string, string>>(values: T, message: string) => z.enum(values, message);

const year = z.coerce
  .number("Choose the financial year")
  .int("Choose the financial year")
  .min(2000, "Choose a year from 2000")
  .max(2100, "Choose a year before 2100");

const quarter = z.coerce
  .number("Choose the quarter")
  .int("Choose the quarter")
  .min(1, "Choose a quarter from 1 to 4")
  .max(4, "Choose a quarter from 1 to 4");

/** A figure as typed: commas, a pound sign and a percent sign are allowed, as people write money and rates. */
const figure = (missing: string) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/[£,%\s]/g, "") : value),
    z
      .string(missing)
      .min(1, missing)
      .regex(/^-?\d+(\.\d+)?$/, "Enter a number, for example 95.5")
      .transform(Number)
      .pipe(z.number().finite().max(1e12, "Enter a smaller number")),
  );

/** "EN:TIA, EN:SQ" as typed into one field: each must be an outcome on the shared list. */
const outcomeCodes = z
  .string()
  .optional()
  .transform((value) => [
    ...new Set(
      (value ?? "")
        .split(/[,\s]+/)
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    ),
  ])
  .refine(
    (codes) => codes.every(isOutcomeCode),
    "Enter outcome codes from the list, such as EN:TIA or SC:3, separated by commas",
  );

export const ZKpiDetails = z
  .object({
    code: z
      .string("Enter a code")
      .trim()
      .toUpperCase()
      .regex(
        /^[A-Z][A-Z0-9_-]{1,19}$/,
        "Enter a code of 2 to 20 letters and numbers, starting with a letter, such as INV01",
      ),
    name: text(200, "Enter a name"),
    description: text(1000, "Say in plain English what the KPI measures"),
    unit: choice(KpiUnit, "Choose the unit"),
    direction: choice(KpiDirection, "Say whether higher or lower is better"),
    section: choice(KpiSection, "Choose the pack section"),
    source: choice(KpiSource, "Choose where the figure comes from"),
    sourceCode: optionalText(20, "Enter a measure code of 20 characters or fewer"),
    owner: text(200, "Enter the owner, such as Head of Customer Involvement"),
    outcomeCodes,
  })
  .refine((input) => !needsSourceCode(input.source) || Boolean(input.sourceCode), {
    path: ["sourceCode"],
    message: "Enter the measure code this KPI takes, such as BS01 or TP01",
  });

export type KpiDetails = z.infer<typeof ZKpiDetails>;

export const ZKpiEdit = ZKpiDetails.and(z.object({ kpiId: id }));

export const ZKpiTarget = z.object({
  kpiId: id,
  year,
  target: figure("Enter the target"),
  amberTolerance: figure("Enter the amber tolerance, 0 for none").pipe(
    z.number().min(0, "The amber tolerance cannot be negative"),
  ),
});

export type KpiTargetInput = z.infer<typeof ZKpiTarget>;

export const ZKpiValue = z.object({
  kpiId: id,
  /** "2026-2": one radio list names the quarter, so the page's target form keeps the name "year". */
  period: z
    .string("Choose the quarter")
    .regex(/^\d{4}-[1-4]$/, "Choose the quarter")
    .transform((value) => ({ year: Number(value.slice(0, 4)), quarter: Number(value.slice(5)) }))
    .pipe(
      z.object({
        year: z.number().min(2000, "Choose a year from 2000").max(2100, "Choose a year before 2100"),
        quarter: z.number(),
      }),
    ),
  value: figure("Enter the figure for the quarter"),
  note: optionalText(500, "Keep the note to 500 characters or fewer"),
});

export type KpiValueInput = z.infer<typeof ZKpiValue>;

export const ZPackRef = z.object({ year, quarter });

/** The commentary form: one box per exception, named `commentary_<KPI code>`; an empty box removes it. */
export const COMMENTARY_FIELD = "commentary_";

export const ZPackCommentary = z.looseObject({ year, quarter }).transform((input, ctx) => {
  const commentary = Object.entries(input).flatMap(([name, value]) => {
    if (!name.startsWith(COMMENTARY_FIELD)) return [];
    const kpiCode = name.slice(COMMENTARY_FIELD.length);
    if (typeof value !== "string" || !/^[A-Z][A-Z0-9_-]{1,19}$/.test(kpiCode)) return [];
    if (value.trim().length > 2000)
      ctx.addIssue({ code: "custom", path: [name], message: "Keep the commentary to 2,000 characters or fewer" });
    return [{ kpiCode, text: value.trim() }];
  });
  return { quarter: { year: input.year, quarter: input.quarter }, commentary };
});

export const ZPackSignOff = ZPackRef.and(
  z.object({
    signedOffBy: text(200, "Enter who signed the pack off, such as the chair of the board"),
    signedOffOn: requiredDate("Enter the date of the meeting"),
    minuteRef: text(100, "Enter the minute reference, such as BM 2026/41"),
  }),
);

/** The dashboard's and pack's query string: a quarter and an area; anything malformed means the default. */
export const ZBoardQuery = z.object({
  year: optionalQueryParam(z.coerce.number().int().min(2000).max(2100)),
  quarter: optionalQueryParam(z.coerce.number().int().min(1).max(4)),
  area: optionalQueryParam(z.string().max(50)),
});

/** The trends page shows one pack section at a time; an unknown section means the first with KPIs. */
export const ZTrendsSection = optionalQueryParam(z.enum(KpiSection));
