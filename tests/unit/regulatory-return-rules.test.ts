import { describe, expect, it } from "vitest";
import { annualManagementFigure, MANAGEMENT_MEASURES } from "@/lib/management-figures/rules";
import type { StageFigures } from "@/lib/measures/complaints";
import type { PerceptionResult } from "@/lib/measures/perception";
import { ZReturnFigures } from "@/lib/regulatory-return/schemas";
import {
  ARC_INDICATORS,
  arcLines,
  formatReturnValue,
  methodStatement,
  missingIndicators,
  returnCsvRows,
  tsmLines,
} from "@/lib/regulatory-return/rules";

const tally = (positive: number, base: number) => ({ positive, base, percent: base ? (positive / base) * 100 : null });

const survey = (codes: string[]): PerceptionResult =>
  ({
    respondents: { all: 10, LCRA: 8, LCHO: 2 },
    measures: Object.fromEntries(
      codes.map((code) => [code, { all: tally(5, 10), LCRA: tally(4, 8), LCHO: tally(1, 2) }]),
    ),
    ignored: {},
  }) as unknown as PerceptionResult;

const stage = (percentResponded: number, averageWorkingDays: number): StageFigures => ({
  received: 4,
  responded: 4,
  respondedWithinTimescale: 3,
  percentWithinTimescale: 75,
  percentResponded,
  averageWorkingDays,
});

describe("the regulator's numbering", () => {
  it("numbers each ARC indicator Involve evidences as the Scottish Housing Regulator does, with its unit", () => {
    expect(ARC_INDICATORS.map(({ code, unit, source }) => [code, unit, source])).toEqual([
      ["1", "percent", "survey"],
      ["2", "percent", "survey"],
      ["3", "percent", "complaints"],
      ["4", "workingDays", "complaints"],
      ["5", "percent", "survey"],
      ["6", "percent", "entered"],
      ["7", "percent", "entered"],
      ["8", "hours", "entered"],
      ["9", "workingDays", "entered"],
      ["10", "percent", "entered"],
      ["11", "times", "entered"],
      ["12", "percent", "entered"],
      ["13", "percent", "entered"],
      ["15", "percent", "entered"],
      ["16", "percent", "entered"],
      ["18", "percent", "entered"],
      ["30", "days", "entered"],
    ]);
    const names = new Map(ARC_INDICATORS.map(({ code, name }) => [code, name]));
    expect(names.get("1")).toMatch(/overall service/);
    expect(names.get("2")).toMatch(/keeping them informed/);
    expect(names.get("3")).toMatch(/responded to in full/);
    expect(names.get("4")).toMatch(/working days for a full response/);
    expect(names.get("5")).toMatch(/opportunities to participate/);
    expect(names.get("6")).toMatch(/Scottish Housing Quality Standard/);
    expect(names.get("8")).toMatch(/emergency repairs/);
    expect(names.get("9")).toMatch(/non-emergency repairs/);
    expect(names.get("10")).toMatch(/right first time/);
    expect(names.get("11")).toMatch(/gas safety check within 12 months/);
    expect(names.get("12")).toMatch(/repairs service/);
    expect(names.get("13")).toMatch(/neighbourhood/);
    expect(names.get("15")).toMatch(/[Aa]nti-social behaviour/);
    expect(names.get("16")).toMatch(/tenancies sustained/);
    expect(names.get("18")).toMatch(/empty/);
    expect(names.get("30")).toMatch(/re-let/);
  });

  it("lists every ARC indicator as still missing, in number order, before anything is in", () => {
    const lines = arcLines({ survey: null, complaints: null, entered: new Map() });
    expect(missingIndicators(lines).map(({ code }) => code)).toEqual(ARC_INDICATORS.map(({ code }) => code));
  });

  it("gives the TSM return the regulator's codes: TP01 to TP12, then RP01 to NM01 with their parts", () => {
    const lines = tsmLines({
      survey: null,
      management: MANAGEMENT_MEASURES.map((measure) => ({ ...measure, year: null })),
    });
    expect([...new Set(lines.map(({ code }) => code))]).toEqual([
      ...Array.from({ length: 12 }, (_, index) => `TP${String(index + 1).padStart(2, "0")}`),
      "RP01",
      "RP02 (1)",
      "RP02 (2)",
      "BS01",
      "BS02",
      "BS03",
      "BS04",
      "BS05",
      "CH01 (1)",
      "CH01 (2)",
      "CH02 (1)",
      "CH02 (2)",
      "NM01 (1)",
      "NM01 (2)",
    ]);
  });

  it("takes indicator 11 as a whole number of times, not a percentage", () => {
    const result = ZReturnFigures.safeParse({ year: "2025", figure_11: "1.5" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["figure_11"],
      message: "Enter a whole number of times, like 2",
    });
    expect(ZReturnFigures.parse({ year: "2025", figure_11: "2" }).figures).toEqual([{ code: "11", value: 2 }]);
    expect(formatReturnValue({ value: 2, unit: "times" })).toBe("2 times");
  });
});

describe("the ARC indicators", () => {
  it("take 1, 2 and 5 from the survey, 3 and 4 by stage from complaints, and the rest as entered", () => {
    const lines = arcLines({
      survey: survey(["ARC1", "ARC2", "ARC5"]),
      complaints: { stage1: stage(90, 4.2), stage2: stage(100, 17) },
      entered: new Map([["6", 88.1]]),
    });
    expect(lines.slice(0, 7).map((line) => [line.code, line.group, line.value])).toEqual([
      ["1", "All", 50],
      ["2", "All", 50],
      ["3", "Stage 1", 90],
      ["3", "Stage 2", 100],
      ["4", "Stage 1", 4.2],
      ["4", "Stage 2", 17],
      ["5", "All", 50],
    ]);
    expect(lines.find((line) => line.code === "6")).toMatchObject({ value: 88.1, source: "entered" });
    expect(missingIndicators(lines).map(({ code }) => code)).toEqual([
      "7",
      "8",
      "9",
      "10",
      "11",
      "12",
      "13",
      "15",
      "16",
      "18",
      "30",
    ]);
  });

  it("lists an indicator with several lines once when it is missing, and everything when nothing is in", () => {
    const lines = arcLines({ survey: null, complaints: null, entered: new Map() });
    const missing = missingIndicators(lines).map(({ code }) => code);
    expect(missing.filter((code) => code === "3")).toHaveLength(1);
    expect(missing.slice(0, 5)).toEqual(["1", "2", "3", "4", "5"]);
  });
});

describe("the TSM return", () => {
  it("gives every perception measure by LCRA, LCHO and all, then the management measures by the regulator's codes", () => {
    const lines = tsmLines({
      survey: survey(["TP01"]),
      management: [
        { code: "RP02_1", name: "Repairs", expressedAs: "percent", year: { numerator: 9, denominator: 10, value: 90 } },
      ],
    });
    expect(lines).toHaveLength(12 * 3 + 1);
    expect(lines.slice(0, 3).map((line) => [line.code, line.group, line.value])).toEqual([
      ["TP01", "LCRA", 50],
      ["TP01", "LCHO", 50],
      ["TP01", "All", 50],
    ]);
    expect(lines.at(-1)).toMatchObject({ code: "RP02 (1)", value: 90, numerator: 9, denominator: 10 });
    expect(missingIndicators(lines).map(({ code }) => code)).toContain("TP02");
  });

  it("states the sample method with the sizes and margins achieved, and says what was not stated", () => {
    const items = methodStatement(
      {
        populationLcra: 1000,
        populationLcho: 100,
        sampleMethod: "Random sample",
        timing: null,
        collectionMethods: null,
        representativeness: null,
        weighting: "None",
        contractor: null,
        exclusions: null,
        incentives: null,
      },
      { LCRA: 300, LCHO: 0 },
    );
    expect(items).toContainEqual({ label: "LCRA sample size achieved", value: "300" });
    expect(items).toContainEqual({ label: "LCHO margin of error at 95% confidence", value: "Not stated" });
    expect(items).toContainEqual({ label: "Dates of the survey", value: "Not stated" });
    expect(methodStatement(null, null)).toEqual([]);
  });
});

describe("the year's management figure", () => {
  const quarters = [
    { quarter: 2, numerator: 20, denominator: 40 },
    { quarter: 1, numerator: 10, denominator: 20 },
  ];
  it("adds up the quarters of measures that count events", () => {
    expect(annualManagementFigure({ code: "RP02_1", expressedAs: "percent" }, quarters)).toEqual({
      numerator: 30,
      denominator: 60,
      value: 50,
    });
    expect(annualManagementFigure({ code: "CH01_1", expressedAs: "perThousandHomes" }, quarters)?.value).toBe(750);
  });
  it("takes the latest quarter's position for stock measures, and nothing before any quarter", () => {
    expect(annualManagementFigure({ code: "BS01", expressedAs: "percent" }, quarters)).toMatchObject({
      numerator: 20,
      denominator: 40,
    });
    expect(annualManagementFigure({ code: "BS01", expressedAs: "percent" }, [])).toBeNull();
  });
});

describe("the return's CSV", () => {
  it("has the regulator's numbering, blank cells for missing figures, and the method statement after the figures", () => {
    const rows = returnCsvRows({
      regime: "ENGLAND",
      year: 2025,
      lines: tsmLines({ survey: null, management: [] }).slice(0, 1),
      method: [{ label: "Weighting", value: "None" }],
    });
    expect(rows).toEqual([
      ["measure", "name", "group", "value", "unit", "numerator", "denominator", "source"],
      ["TP01", "Overall satisfaction with the landlord's services", "LCRA", "", "percent", "", "", "survey"],
      [],
      ["sample method statement", "answer"],
      ["Weighting", "None"],
    ]);
    expect(formatReturnValue({ value: null, unit: "percent" })).toBe("Missing");
    expect(formatReturnValue({ value: 4.5, unit: "workingDays" })).toBe("4.5 working days");
  });
});
