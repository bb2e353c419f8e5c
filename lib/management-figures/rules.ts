import { ratioToOneDecimal } from "@/lib/measures/rounding";

export type ManagementExpression = "percent" | "perThousandHomes";

export type ManagementDefinition = {
  code: string;
  name: string;
  expressedAs: ManagementExpression;
  numerator: string;
  denominator: string;
};

const percent = (code: string, name: string, numerator: string, denominator: string): ManagementDefinition => ({
  code,
  name,
  expressedAs: "percent",
  numerator,
  denominator,
});
const perThousand = (code: string, name: string, numerator: string): ManagementDefinition => ({
  code,
  name,
  expressedAs: "perThousandHomes",
  numerator,
  denominator: "Homes owned",
});

/** The Regulator of Social Housing's management-information TSMs, each entered as a numerator over a denominator. */
export const MANAGEMENT_MEASURES: readonly ManagementDefinition[] = [
  percent("RP01", "Homes that do not meet the Decent Homes Standard", "Homes not meeting the standard", "Homes owned"),
  percent(
    "RP02_1",
    "Non-emergency repairs completed within the landlord's target timescale",
    "Completed within target",
    "Non-emergency repairs completed",
  ),
  percent(
    "RP02_2",
    "Emergency repairs completed within the landlord's target timescale",
    "Completed within target",
    "Emergency repairs completed",
  ),
  percent(
    "BS01",
    "Homes for which all required gas safety checks have been carried out",
    "Homes with all checks done",
    "Homes needing gas safety checks",
  ),
  percent(
    "BS02",
    "Homes for which all required fire risk assessments have been carried out",
    "Homes with all assessments done",
    "Homes needing fire risk assessments",
  ),
  percent(
    "BS03",
    "Homes for which all required asbestos management surveys or re-inspections have been carried out",
    "Homes with all surveys done",
    "Homes needing asbestos surveys",
  ),
  percent(
    "BS04",
    "Homes for which all required legionella (water safety) risk assessments have been carried out",
    "Homes with all assessments done",
    "Homes needing water safety assessments",
  ),
  percent(
    "BS05",
    "Homes for which all required communal passenger lift safety checks have been carried out",
    "Homes with all checks done",
    "Homes needing lift safety checks",
  ),
  perThousand("CH01_1", "Stage 1 complaints received per 1,000 homes", "Stage 1 complaints received"),
  perThousand("CH01_2", "Stage 2 complaints received per 1,000 homes", "Stage 2 complaints received"),
  percent(
    "CH02_1",
    "Stage 1 complaints responded to within the Complaint Handling Code timescales",
    "Responded within timescale",
    "Stage 1 complaints responded to",
  ),
  percent(
    "CH02_2",
    "Stage 2 complaints responded to within the Complaint Handling Code timescales",
    "Responded within timescale",
    "Stage 2 complaints responded to",
  ),
  perThousand("NM01_1", "Anti-social behaviour cases opened per 1,000 homes", "Cases opened"),
  perThousand(
    "NM01_2",
    "Anti-social behaviour cases that involve hate incidents opened per 1,000 homes",
    "Hate incident cases opened",
  ),
];

export const MANAGEMENT_CODES = MANAGEMENT_MEASURES.map(({ code }) => code);

/** "RP02_1" is shown as "RP02 (1)", the regulator's way of writing it. */
export const displayCode = (code: string) => code.replace(/_(\d)$/, " ($1)");

/** The published figure: a percentage, or numerator / denominator x 1,000 homes, one decimal, halves away from zero. */
export const managementValue = (
  definition: Pick<ManagementDefinition, "expressedAs">,
  numerator: number,
  denominator: number,
) => ratioToOneDecimal(numerator, denominator, definition.expressedAs === "percent" ? 100 : 1000);

/** The figure with its unit: "98.7%" or "12.4 per 1,000 homes". */
export const formatManagementValue = (definition: Pick<ManagementDefinition, "expressedAs">, value: number | null) => {
  if (value === null) return "";
  return definition.expressedAs === "percent" ? `${value}%` : `${value} per 1,000 homes`;
};

export const QUARTERS = [1, 2, 3, 4] as const;

export const QUARTER_LABEL: Record<number, string> = {
  1: "Quarter 1 (April to June)",
  2: "Quarter 2 (July to September)",
  3: "Quarter 3 (October to December)",
  4: "Quarter 4 (January to March)",
};

export type QuarterFigure = { quarter: number; numerator: number; denominator: number };

// Stock measures describe homes as they stand, so the year reports the position at its end; the others count
// events (repairs, complaints, cases), so the year adds up its quarters.
const POSITION_MEASURES: ReadonlySet<string> = new Set(["RP01", "BS01", "BS02", "BS03", "BS04", "BS05"]);

/**
 * The reporting year's figure from its quarters: the latest quarter's position for stock measures; for the others
 * the quarters' numerators added up, over their denominators added up, or per 1,000 of the homes owned at the
 * latest quarter. Null before any quarter is entered.
 */
export const annualManagementFigure = (
  definition: Pick<ManagementDefinition, "code" | "expressedAs">,
  quarters: readonly QuarterFigure[],
) => {
  const entered = [...quarters].sort((a, b) => a.quarter - b.quarter);
  const latest = entered.at(-1);
  if (!latest) return null;
  const numerator = POSITION_MEASURES.has(definition.code)
    ? latest.numerator
    : entered.reduce((sum, row) => sum + row.numerator, 0);
  const denominator =
    POSITION_MEASURES.has(definition.code) || definition.expressedAs === "perThousandHomes"
      ? latest.denominator
      : entered.reduce((sum, row) => sum + row.denominator, 0);
  return { numerator, denominator, value: managementValue(definition, numerator, denominator) };
};
