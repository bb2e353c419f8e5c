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
    /** A key KPI's exceptions come first in the board's list; not answering means no. */
    key: z
      .enum(["yes", "no"], "Say whether this is a key KPI")
      .optional()
      .transform((value) => value === "yes"),
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

/**
 * The commentary form: per exception, why (`commentary_<KPI code>`), what is being done (`action_<code>`) and when
 * it should recover (`recovery_<code>`). An empty "why" removes the commentary; the other two need a "why".
 */
export const COMMENTARY_FIELD = "commentary_";
export const ACTION_FIELD = "action_";
export const RECOVERY_FIELD = "recovery_";

const field = (input: Record<string, unknown>, name: string) => {
  const value = input[name];
  return typeof value === "string" ? value.trim() : "";
};

export const ZPackCommentary = z.looseObject({ year, quarter }).transform((input, ctx) => {
  const commentary = Object.keys(input).flatMap((name) => {
    if (!name.startsWith(COMMENTARY_FIELD)) return [];
    const kpiCode = name.slice(COMMENTARY_FIELD.length);
    if (!/^[A-Z][A-Z0-9_-]{1,19}$/.test(kpiCode)) return [];
    const [text, action, recoveryBy] = [COMMENTARY_FIELD, ACTION_FIELD, RECOVERY_FIELD].map((prefix) =>
      field(input, `${prefix}${kpiCode}`),
    ) as [string, string, string];
    for (const [prefix, value, max] of [
      [COMMENTARY_FIELD, text, 2000],
      [ACTION_FIELD, action, 2000],
      [RECOVERY_FIELD, recoveryBy, 200],
    ] as const)
      if (value.length > max)
        ctx.addIssue({
          code: "custom",
          path: [`${prefix}${kpiCode}`],
          message: `Keep this to ${max.toLocaleString("en-GB")} characters or fewer`,
        });
    if (text === "" && (action !== "" || recoveryBy !== ""))
      ctx.addIssue({ code: "custom", path: [name], message: "Say why the KPI is off target" });
    return [{ kpiCode, text, action: action || null, recoveryBy: recoveryBy || null }];
  });
  return { quarter: { year: input.year, quarter: input.quarter }, commentary };
});

export const ZPackSignOff = ZPackRef.and(
  z.object({
    signedOffBy: text(200, "Enter who signed the pack off, such as the chair of the board"),
    signedOffOn: requiredDate("Enter the date of the meeting"),
    minuteRef: text(100, "Enter the minute reference, such as BM 2026/41"),
    unexplained: optionalText(1000, "Keep this to 1,000 characters or fewer"),
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

/** Asking an officer for commentary: on one exception (a KPI code) or, left empty, every one without it. */
export const ZCommentaryRequest = ZPackRef.and(
  z.object({
    officerId: z.string("Choose the officer").min(1, "Choose the officer").max(50, "Choose the officer"),
    dueOn: requiredDate("Enter the date the commentary is needed by"),
    kpiCode: optionalText(20, "Choose a KPI from the list"),
  }),
);

/** A board member's question: `about` is "KPI:<code>" or one of the pack's other items. */
export const ZBoardQuestion = ZPackRef.and(
  z.object({
    about: z
      .string("Choose what the question is about")
      .regex(
        /^(KPI:[A-Z][A-Z0-9_-]{1,19}|STRATEGY|SCRUTINY|FEEDBACK|SURVEY|BUDGET|OTHER)$/,
        "Choose what the question is about",
      )
      .transform((value) =>
        value.startsWith("KPI:")
          ? { kpiCode: value.slice(4) }
          : { item: value as "STRATEGY" | "SCRUTINY" | "FEEDBACK" | "SURVEY" | "BUDGET" | "OTHER" },
      ),
    question: text(2000, "Enter your question"),
  }),
);

/** The answer box is named `answer_<question id>`: a pack lists several questions, each with its own box. */
export const ANSWER_FIELD = "answer_";

export const ZBoardAnswer = z.looseObject({ id }).transform((input, ctx) => {
  const field = `${ANSWER_FIELD}${input.id}`;
  const answer = typeof input[field] === "string" ? (input[field] as string).trim() : "";
  if (answer === "") ctx.addIssue({ code: "custom", path: [field], message: "Enter the answer" });
  if (answer.length > 4000)
    ctx.addIssue({ code: "custom", path: [field], message: "This must be 4,000 characters or fewer" });
  return { id: input.id, answer };
});
