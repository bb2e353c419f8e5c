// The return to the regulator, built from the same figures as the measures pages: the perception survey tallies,
// the complaints figures and the management figures. These functions only arrange them in the regulator's layout.
import type { Regime } from "@/lib/generated/prisma/enums";
import type { StageFigures } from "@/lib/measures/complaints";
import type { Group, PerceptionResult } from "@/lib/measures/perception";
import { achievedMargin } from "@/lib/measures/sample-size";
import { displayCode, type ManagementDefinition } from "@/lib/management-figures/rules";
import { measureName } from "@/lib/surveys/measure-labels";

export type ReturnUnit = "percent" | "perThousandHomes" | "workingDays" | "days" | "hours" | "times";
export type ReturnSource = "survey" | "complaints" | "management" | "entered";

export type ReturnLine = {
  code: string;
  name: string;
  /** Who or what the figure is for: a tenure, a complaint stage, or "All". */
  group: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  unit: ReturnUnit;
  source: ReturnSource;
};

export type MethodItem = { label: string; value: string };

/** Everything a return holds; stored whole as the snapshot when it is submitted. */
export type ReturnFigures = { regime: Regime; year: number; lines: ReturnLine[]; method: MethodItem[] };

type ArcIndicator = { code: string; name: string; unit: ReturnUnit } & (
  | { source: "survey"; surveyCode: string }
  | { source: "complaints"; figure: "percentResponded" | "averageWorkingDays" }
  | { source: "entered" }
);

/**
 * The Annual Return on the Charter indicators Involve can evidence, by the Scottish Housing Regulator's numbers
 * (its technical guidance for landlords, 2019 onwards; see decision 0033): 1, 2 and 5 from the survey rounds,
 * 3 and 4 from the complaints recorded in Involve, the rest entered by officers. Since 2019 indicator 11 counts the
 * times the landlord missed its statutory duty to check gas safety within 12 months, not a percentage of homes.
 */
export const ARC_INDICATORS: readonly ArcIndicator[] = [
  { code: "1", name: measureName("ARC1"), unit: "percent", source: "survey", surveyCode: "ARC1" },
  { code: "2", name: measureName("ARC2"), unit: "percent", source: "survey", surveyCode: "ARC2" },
  {
    code: "3",
    name: "Complaints responded to in full in the year",
    unit: "percent",
    source: "complaints",
    figure: "percentResponded",
  },
  {
    code: "4",
    name: "Average time in working days for a full response",
    unit: "workingDays",
    source: "complaints",
    figure: "averageWorkingDays",
  },
  { code: "5", name: measureName("ARC5"), unit: "percent", source: "survey", surveyCode: "ARC5" },
  { code: "6", name: "Stock meeting the Scottish Housing Quality Standard", unit: "percent", source: "entered" },
  { code: "7", name: "Tenants satisfied with the quality of their home", unit: "percent", source: "entered" },
  { code: "8", name: "Average time to complete emergency repairs", unit: "hours", source: "entered" },
  { code: "9", name: "Average time to complete non-emergency repairs", unit: "workingDays", source: "entered" },
  { code: "10", name: "Reactive repairs completed right first time", unit: "percent", source: "entered" },
  {
    code: "11",
    name: "Times the landlord did not meet its duty to complete a gas safety check within 12 months",
    unit: "times",
    source: "entered",
  },
  {
    code: "12",
    name: "Tenants who had repairs in the last year satisfied with the repairs service",
    unit: "percent",
    source: "entered",
  },
  {
    code: "13",
    name: "Tenants satisfied with the landlord's contribution to managing their neighbourhood",
    unit: "percent",
    source: "entered",
  },
  {
    code: "15",
    name: "Anti-social behaviour cases reported in the year that were resolved",
    unit: "percent",
    source: "entered",
  },
  { code: "16", name: "New tenancies sustained for more than a year", unit: "percent", source: "entered" },
  { code: "18", name: "Rent due lost through homes being empty", unit: "percent", source: "entered" },
  { code: "30", name: "Average time to re-let homes", unit: "days", source: "entered" },
];

/** The indicators an officer enters, which the return's form asks for. */
export const ENTERED_ARC_INDICATORS = ARC_INDICATORS.filter((indicator) => indicator.source === "entered");

export const isEnteredArcCode = (code: string) => ENTERED_ARC_INDICATORS.some((indicator) => indicator.code === code);

const line = (fields: Omit<ReturnLine, "numerator" | "denominator"> & Partial<ReturnLine>): ReturnLine => ({
  numerator: null,
  denominator: null,
  ...fields,
});

const STAGES = [
  ["stage1", "Stage 1"],
  ["stage2", "Stage 2"],
] as const;

/** Scotland: every ARC indicator in number order, each with its figure or null while it is missing. */
export const arcLines = ({
  survey,
  complaints,
  entered,
}: {
  survey: PerceptionResult | null;
  complaints: { stage1: StageFigures; stage2: StageFigures } | null;
  entered: ReadonlyMap<string, number>;
}): ReturnLine[] =>
  ARC_INDICATORS.flatMap((indicator) => {
    const { code, name, unit } = indicator;
    switch (indicator.source) {
      case "survey": {
        const tally = survey?.measures[indicator.surveyCode]?.all;
        return [
          line({
            code,
            name,
            unit,
            group: "All",
            source: "survey",
            value: tally?.percent ?? null,
            numerator: tally?.positive ?? null,
            denominator: tally?.base ?? null,
          }),
        ];
      }
      case "complaints":
        return STAGES.map(([key, group]) =>
          line({ code, name, unit, group, source: "complaints", value: complaints?.[key][indicator.figure] ?? null }),
        );
      case "entered":
        return [line({ code, name, unit, group: "All", source: "entered", value: entered.get(code) ?? null })];
    }
  });

const TSM_GROUP_LABEL: Record<Group, string> = { all: "All", LCRA: "LCRA", LCHO: "LCHO" };
const TSM_PERCEPTION_CODES = [
  "TP01",
  "TP02",
  "TP03",
  "TP04",
  "TP05",
  "TP06",
  "TP07",
  "TP08",
  "TP09",
  "TP10",
  "TP11",
  "TP12",
];

type AnnualManagement = Pick<ManagementDefinition, "code" | "name" | "expressedAs"> & {
  year: { numerator: number; denominator: number; value: number | null } | null;
};

/** England: TP01 to TP12 for LCRA, LCHO and all tenants, then the management measures for the year. */
export const tsmLines = ({
  survey,
  management,
}: {
  survey: PerceptionResult | null;
  management: readonly AnnualManagement[];
}): ReturnLine[] => [
  ...TSM_PERCEPTION_CODES.flatMap((code) =>
    (["LCRA", "LCHO", "all"] as const).map((group) => {
      const tally = survey?.measures[code]?.[group];
      return line({
        code,
        name: measureName(code),
        group: TSM_GROUP_LABEL[group],
        unit: "percent",
        source: "survey",
        value: tally?.percent ?? null,
        numerator: tally?.positive ?? null,
        denominator: tally?.base ?? null,
      });
    }),
  ),
  ...management.map((measure) =>
    line({
      code: displayCode(measure.code),
      name: measure.name,
      group: "All",
      unit: measure.expressedAs,
      source: "management",
      value: measure.year?.value ?? null,
      numerator: measure.year?.numerator ?? null,
      denominator: measure.year?.denominator ?? null,
    }),
  ),
];

/** Each indicator still without a figure, once even when it has several lines. */
export const missingIndicators = (lines: readonly ReturnLine[]) => {
  const missing = new Map<string, string>();
  for (const entry of lines) if (entry.value === null && !missing.has(entry.code)) missing.set(entry.code, entry.name);
  return [...missing].map(([code, name]) => ({ code, name }));
};

export type SurveyMethod = {
  populationLcra: number;
  populationLcho: number;
  sampleMethod: string | null;
  timing: string | null;
  collectionMethods: string | null;
  representativeness: string | null;
  weighting: string | null;
  contractor: string | null;
  exclusions: string | null;
  incentives: string | null;
};

const NOT_STATED = "Not stated";

/**
 * The TSM sample method statement: the survey round's own statement with the sample sizes and margins it achieved,
 * so the return says what the published results say.
 */
export const methodStatement = (
  round: SurveyMethod | null,
  respondents: { LCRA: number; LCHO: number } | null,
): MethodItem[] => {
  if (!round || !respondents) return [];
  const margin = (population: number, responses: number) => {
    const value = achievedMargin(population, responses);
    return value === null ? NOT_STATED : `plus or minus ${value} percentage points`;
  };
  return [
    { label: "LCRA homes in scope", value: String(round.populationLcra) },
    { label: "LCHO homes in scope", value: String(round.populationLcho) },
    { label: "LCRA sample size achieved", value: String(respondents.LCRA) },
    { label: "LCHO sample size achieved", value: String(respondents.LCHO) },
    { label: "LCRA margin of error at 95% confidence", value: margin(round.populationLcra, respondents.LCRA) },
    { label: "LCHO margin of error at 95% confidence", value: margin(round.populationLcho, respondents.LCHO) },
    { label: "Sample method", value: round.sampleMethod ?? NOT_STATED },
    { label: "Dates of the survey", value: round.timing ?? NOT_STATED },
    { label: "Collection methods", value: round.collectionMethods ?? NOT_STATED },
    { label: "Representativeness", value: round.representativeness ?? NOT_STATED },
    { label: "Weighting", value: round.weighting ?? NOT_STATED },
    { label: "Contractor", value: round.contractor ?? NOT_STATED },
    { label: "Exclusions", value: round.exclusions ?? NOT_STATED },
    { label: "Incentives", value: round.incentives ?? NOT_STATED },
  ];
};

const number = (value: number | null) => (value === null ? "" : String(value));

/** The return as the rows of its CSV file: the figures, then the method statement when there is one. */
export const returnCsvRows = (figures: ReturnFigures): string[][] => [
  figures.regime === "SCOTLAND"
    ? ["indicator", "name", "group", "value", "unit", "numerator", "denominator", "source"]
    : ["measure", "name", "group", "value", "unit", "numerator", "denominator", "source"],
  ...figures.lines.map((entry) => [
    entry.code,
    entry.name,
    entry.group,
    number(entry.value),
    entry.unit,
    number(entry.numerator),
    number(entry.denominator),
    entry.source,
  ]),
  ...(figures.method.length > 0
    ? [[], ["sample method statement", "answer"], ...figures.method.map((item) => [item.label, item.value])]
    : []),
];

export const UNIT_SUFFIX: Record<ReturnUnit, string> = {
  percent: "%",
  perThousandHomes: " per 1,000 homes",
  workingDays: " working days",
  days: " days",
  hours: " hours",
  times: " times",
};

/** The hint beside an entered indicator's field, saying what to type. */
export const ENTRY_HINT: Record<ReturnUnit, string> = {
  percent: "In per cent",
  perThousandHomes: "Per 1,000 homes",
  workingDays: "In working days",
  days: "In days",
  hours: "In hours",
  times: "A whole number of times",
};

export const formatReturnValue = (entry: Pick<ReturnLine, "value" | "unit">) =>
  entry.value === null ? "Missing" : `${entry.value}${UNIT_SUFFIX[entry.unit]}`;
