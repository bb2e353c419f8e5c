import { describe, expect, it } from "vitest";
import { MEASURE_LABEL } from "@/lib/surveys/measure-labels";
import { ARC_MEASURES, tallyMeasures, TSM_MEASURES } from "@/lib/measures/perception";
import {
  compareResults,
  describeDifference,
  groupsFor,
  plainFinding,
  pointsDifference,
} from "@/lib/surveys/results-rules";
import { financialYearLabel, financialYearOf } from "@/lib/uk-time";
import { samplingPlan } from "@/lib/surveys/sampling-plan";
import { resultsCsv } from "@/lib/surveys/results-csv";
import { buildPerceptionResponses } from "@/prisma/seed-measures";

const answering = (count: number, answer: number, tenure: "LCRA" | "LCHO" = "LCRA") =>
  Array.from({ length: count }, () => ({ tenure, passed: new Set<never>(), answers: { TP01: answer } }));

describe("measure names", () => {
  it("has a plain-English name and finding for every English and Scottish survey measure", () => {
    for (const { code } of [...TSM_MEASURES, ...ARC_MEASURES]) {
      expect(MEASURE_LABEL[code]?.name, code).toMatch(/\w{5}/);
      expect(MEASURE_LABEL[code]?.finding, code).toMatch(/\w{5}/);
    }
    expect(MEASURE_LABEL.TP01?.name).toBe("Overall satisfaction with the landlord's services");
  });
});

describe("comparison with last year", () => {
  it("takes the difference in tenths, so rounded figures subtract exactly", () => {
    expect(pointsDifference(67.5, 64.2)).toBe(3.3);
    expect(pointsDifference(50.1, 50.3)).toBe(-0.2);
    expect(pointsDifference(70, 70)).toBe(0);
    expect(pointsDifference(null, 50)).toBeNull();
    expect(pointsDifference(50, null)).toBeNull();
    expect(pointsDifference(50, undefined)).toBeNull();
  });

  it("describes the change in words", () => {
    expect(describeDifference(3.3)).toBe("+3.3 points");
    expect(describeDifference(-1)).toBe("-1 point");
    expect(describeDifference(0)).toBe("no change");
    expect(describeDifference(null)).toBe("");
  });

  it("puts each measure beside last year's, for the groups the regime reports", () => {
    const current = tallyMeasures([...answering(3, 0), ...answering(1, 4, "LCHO")], TSM_MEASURES);
    const previous = tallyMeasures([...answering(1, 1), ...answering(1, 3)], TSM_MEASURES);
    const [tp01] = compareResults(current, previous, "ENGLAND");
    expect(tp01?.name).toBe("Overall satisfaction with the landlord's services");
    expect(tp01?.groups.map((group) => [group.group, group.percent, group.previousPercent, group.difference])).toEqual([
      ["all", 75, 50, 25],
      ["LCRA", 100, 50, 50],
      ["LCHO", 0, null, null],
    ]);
    expect(compareResults(current, null, "ENGLAND")[0]?.groups[0]?.difference).toBeNull();
    const scottish = compareResults(tallyMeasures([], ARC_MEASURES), null, "SCOTLAND");
    expect(scottish.map((measure) => measure.groups.map((group) => group.group))).toEqual([["all"], ["all"], ["all"]]);
  });

  it("writes the CSV with one line per measure and reported group", () => {
    const current = tallyMeasures(answering(2, 0), TSM_MEASURES);
    const lines = resultsCsv(compareResults(current, null, "ENGLAND"), "ENGLAND")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("measure,name,group,positive,base,percent,previous_year_percent,change_points");
    expect(lines[1]).toBe("TP01,Overall satisfaction with the landlord's services,all,2,2,100,,");
    expect(lines).toHaveLength(1 + 12 * 3);
  });
});

describe("plain-English findings", () => {
  it("says how many in every 100 who answered were positive", () => {
    expect(plainFinding("TP01", { positive: 801, base: 1187, percent: 67.5 })).toBe(
      "68 in every 100 tenants who answered were satisfied with our services overall",
    );
    expect(plainFinding("TP08", { positive: 1, base: 3, percent: 33.3 })).toBe(
      "33 in every 100 tenants who answered agreed that we treat them fairly and with respect",
    );
    expect(plainFinding("TP01", { positive: 0, base: 0, percent: null })).toBeNull();
  });
});

describe("reporting years", () => {
  it("run April to March in UK time", () => {
    expect(financialYearLabel(2025)).toBe("2025/26");
    expect(financialYearLabel(2099)).toBe("2099/00");
    expect(financialYearOf(new Date("2026-11-23T12:00:00Z"))).toBe(2026);
    expect(financialYearOf(new Date("2026-03-31T22:30:00Z"))).toBe(2025);
    // 23:30 UTC on 31 March is already 1 April in British Summer Time.
    expect(financialYearOf(new Date("2026-03-31T23:30:00Z"))).toBe(2026);
  });

  it("show tenures in England and one figure in Scotland", () => {
    expect(groupsFor("ENGLAND")).toEqual(["all", "LCRA", "LCHO"]);
    expect(groupsFor("SCOTLAND")).toEqual(["all"]);
  });
});

describe("sampling plan", () => {
  it("gives the responses needed, still needed and the margin achieved for each tenure and in total", () => {
    const [lcra, lcho, all] = samplingPlan(
      { populationLcra: 4000, populationLcho: 323, targetMargin: 4 },
      { LCRA: 100, LCHO: 400 },
    );
    expect(lcra).toMatchObject({ population: 4000, required: 523, responses: 100, stillNeeded: 423, achieved: 9.7 });
    expect(lcho).toMatchObject({ population: 323, required: 211, stillNeeded: 0, achieved: 0 });
    expect(all).toMatchObject({ population: 4323, required: 528, responses: 500, stillNeeded: 28, achieved: 4.1 });
  });

  it("has nothing to plan for a tenure with no homes", () => {
    const [, lcho] = samplingPlan({ populationLcra: 100, populationLcho: 0, targetMargin: 4 }, { LCRA: 0, LCHO: 0 });
    expect(lcho).toMatchObject({ required: null, stillNeeded: null, achieved: null });
  });
});

describe("demo survey responses", () => {
  it("are the same every time, one per customer, with screened questions asked only of those who passed", () => {
    const responses = buildPerceptionResponses("ENGLAND", 2025);
    expect(responses).toEqual(buildPerceptionResponses("ENGLAND", 2025));
    expect(responses.length).toBeGreaterThan(150);
    expect(new Set(responses.map((response) => response.customerId)).size).toBe(responses.length);
    for (const response of responses as (typeof responses)[number][] & Record<string, unknown>[]) {
      if (!response.hadRepair) expect(response.tp02).toBeNull();
      if (!response.complained) expect(response.tp09).toBeNull();
    }
    expect(buildPerceptionResponses("SCOTLAND", 2024)[0]).toHaveProperty("arc1");
  });
});
