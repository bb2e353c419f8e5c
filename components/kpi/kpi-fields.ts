import type { FormField } from "@/components/ui/action-form";
import { KpiDirection, KpiSection, KpiSource, KpiUnit } from "@/lib/generated/prisma/enums";
import { DIRECTION_LABEL, SECTION_LABEL, SOURCE_LABEL, UNIT_LABEL } from "@/lib/kpi/rules";
import { outcomesFor } from "@/lib/outcomes/standards";
import type { Regime } from "@/lib/generated/prisma/enums";

type Values = Partial<
  Record<
    | "code"
    | "name"
    | "description"
    | "unit"
    | "direction"
    | "section"
    | "source"
    | "sourceCode"
    | "owner"
    | "outcomeCodes"
    | "key",
    string
  >
>;

const options = <T extends string>(values: Record<string, T>, labels: Record<T, string>) =>
  Object.values(values).map((value) => ({ value, label: labels[value] }));

/** The library form's fields, for adding a KPI and for changing one. */
export const kpiFields = (regime: Regime, values: Values = {}): FormField[] => [
  { kind: "text", name: "code", label: "Code", hint: "Short and unique, such as INV01.", defaultValue: values.code },
  { kind: "text", name: "name", label: "Name", defaultValue: values.name },
  {
    kind: "textarea",
    name: "description",
    label: "What it measures, in plain English",
    rows: 3,
    defaultValue: values.description,
  },
  { kind: "radio", name: "unit", label: "Unit", options: options(KpiUnit, UNIT_LABEL), defaultValue: values.unit },
  {
    kind: "radio",
    name: "direction",
    label: "Which way is better",
    options: options(KpiDirection, DIRECTION_LABEL),
    defaultValue: values.direction,
  },
  {
    kind: "radio",
    name: "section",
    label: "Pack section",
    options: options(KpiSection, SECTION_LABEL),
    defaultValue: values.section,
  },
  {
    kind: "radio",
    name: "source",
    label: "Where the figure comes from",
    options: options(KpiSource, SOURCE_LABEL),
    defaultValue: values.source,
  },
  {
    kind: "text",
    name: "sourceCode",
    label: "Measure code (management or perception measures only)",
    hint: "For example BS01, CH02_1 or TP01.",
    defaultValue: values.sourceCode,
  },
  {
    kind: "text",
    name: "owner",
    label: "Owner",
    hint: "A role, such as Head of Customer Involvement.",
    defaultValue: values.owner,
  },
  {
    kind: "text",
    name: "outcomeCodes",
    label: "Outcomes it evidences",
    hint: `Codes separated by commas: ${outcomesFor(regime)
      .map((outcome) => `${outcome.code} (${outcome.label})`)
      .join(", ")}.`,
    defaultValue: values.outcomeCodes,
  },
  {
    kind: "radio",
    name: "key",
    label: "Is this a key KPI?",
    hint: "A key KPI that is off target is listed before the others, such as gas safety.",
    options: [
      { value: "yes", label: "Yes" },
      { value: "no", label: "No" },
    ],
    defaultValue: values.key ?? "no",
  },
];
