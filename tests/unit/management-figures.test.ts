import { describe, expect, it } from "vitest";
import {
  displayCode,
  formatManagementValue,
  MANAGEMENT_CODES,
  MANAGEMENT_MEASURES,
  managementValue,
} from "@/lib/management-figures/rules";
import { ZManagementQuarter } from "@/lib/management-figures/schemas";
import { ZRoundPlan } from "@/lib/surveys/schemas";
import { buildManagementFigures } from "@/prisma/seed-measures";

// The first message for each field, as the form shows it.
const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).toReversed().map((issue) => [issue.path.join("."), issue.message]));

describe("management-information measures", () => {
  it("lists the regulator's codes", () => {
    expect(MANAGEMENT_CODES).toEqual([
      "RP01",
      "RP02_1",
      "RP02_2",
      "BS01",
      "BS02",
      "BS03",
      "BS04",
      "BS05",
      "CH01_1",
      "CH01_2",
      "CH02_1",
      "CH02_2",
      "NM01_1",
      "NM01_2",
    ]);
    expect(displayCode("CH01_2")).toBe("CH01 (2)");
    expect(displayCode("BS01")).toBe("BS01");
  });

  it("expresses complaints and anti-social behaviour per 1,000 homes and the rest as percentages, rounded halves away from zero", () => {
    const definition = (code: string) =>
      MANAGEMENT_MEASURES.find((entry) => entry.code === code) ?? { expressedAs: "percent" as const };
    expect(managementValue(definition("CH01_1"), 53, 4323)).toBe(12.3);
    expect(managementValue(definition("NM01_2"), 1, 2000)).toBe(0.5);
    expect(managementValue(definition("BS01"), 4318, 4323)).toBe(99.9);
    // 1/8 = 12.5%: a half, rounded up.
    expect(managementValue(definition("RP02_1"), 1, 800)).toBe(0.1);
    expect(managementValue(definition("RP02_1"), 1, 8)).toBe(12.5);
    expect(managementValue(definition("RP02_1"), 1, 16)).toBe(6.3);
    expect(formatManagementValue(definition("CH01_1"), 12.3)).toBe("12.3 per 1,000 homes");
    expect(formatManagementValue(definition("BS01"), 99.9)).toBe("99.9%");
    expect(formatManagementValue(definition("BS01"), null)).toBe("");
  });

  it("reads a quarter's form: blank rows are skipped, figures are whole numbers", () => {
    const parsed = ZManagementQuarter.parse({
      year: "2025",
      quarter: "2",
      BS01_numerator: "1,200",
      BS01_denominator: " 1250 ",
      BS01_note: "Two homes had no access",
      CH01_1_numerator: "",
      CH01_1_denominator: "",
    });
    expect(parsed).toEqual({
      year: 2025,
      quarter: 2,
      figures: [{ code: "BS01", numerator: 1200, denominator: 1250, note: "Two homes had no access" }],
    });
  });

  it("refuses a zero denominator, half-filled rows, more positives than the total and fractions, beside their fields", () => {
    const result = ZManagementQuarter.safeParse({
      year: "2025",
      quarter: "1",
      RP01_numerator: "3",
      RP01_denominator: "0",
      BS01_numerator: "12",
      BS02_numerator: "101",
      BS02_denominator: "100",
      CH01_1_note: "Note without figures",
    });
    expect(errorsOf(result)).toEqual({
      RP01_denominator: "The homes owned must be more than 0",
      BS01_denominator: "Enter the homes needing gas safety checks",
      BS02_numerator: "The homes with all assessments done cannot be more than the homes needing fire risk assessments",
      CH01_1_numerator: "Enter the figures this note explains, or remove the note",
    });
    // Figures that are not whole numbers are refused first; the checks across a row follow once they are.
    expect(
      errorsOf(
        ZManagementQuarter.safeParse({ year: "2025", quarter: "1", BS03_numerator: "1.5", BS03_denominator: "-10" }),
      ),
    ).toEqual({
      BS03_numerator: "Enter a whole number, like 1250",
      BS03_denominator: "Enter a whole number, like 1250",
    });
    expect(errorsOf(ZManagementQuarter.safeParse({ year: "1999", quarter: "5" }))).toEqual({
      year: "Choose a year from 2020",
      quarter: "Choose a quarter",
    });
  });

  it("seeds plausible figures that the form would accept", () => {
    for (const figure of buildManagementFigures(281)) {
      const definition = MANAGEMENT_MEASURES.find((entry) => entry.code === figure.code);
      expect(figure.denominator).toBeGreaterThan(0);
      if (definition?.expressedAs === "percent") expect(figure.numerator).toBeLessThanOrEqual(figure.denominator);
    }
  });
});

describe("sampling plan form", () => {
  it("accepts a margin with one decimal and populations with commas, and keeps blank statements blank", () => {
    const parsed = ZRoundPlan.parse({
      roundId: "r1",
      targetMargin: "3.5",
      populationLcra: "4,000",
      populationLcho: "323",
      sampleMethod: " Census ",
      weighting: "",
    });
    expect(parsed).toMatchObject({
      targetMargin: 3.5,
      populationLcra: 4000,
      populationLcho: 323,
      sampleMethod: "Census",
      weighting: undefined,
    });
  });

  it("explains each mistake beside its field", () => {
    const result = ZRoundPlan.safeParse({
      roundId: "r1",
      targetMargin: "0.5",
      populationLcra: "-3",
      populationLcho: "",
      timing: "x".repeat(2001),
    });
    expect(errorsOf(result)).toEqual({
      targetMargin: "Enter a margin of error of at least 1 point",
      populationLcra: "Enter a whole number, like 1250",
      populationLcho: "Enter the number of low-cost home ownership homes (0 if none)",
      timing: "When the survey was carried out must be 2000 characters or fewer",
    });
    expect(
      errorsOf(ZRoundPlan.safeParse({ roundId: "r1", targetMargin: "four", populationLcra: "1", populationLcho: "1" })),
    ).toEqual({
      targetMargin: "Enter the margin of error in percentage points, like 4 or 3.5",
    });
  });
});
