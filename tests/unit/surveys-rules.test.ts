import { describe, expect, it } from "vitest";
import { parseSurveyRecords } from "@/lib/measures/parse-survey-csv";
import { ARC_MEASURES, TSM_MEASURES } from "@/lib/measures/perception";
import { questionnaire } from "@/lib/surveys/questionnaire";
import {
  checkAnswers,
  collectedOnProblem,
  countPopulation,
  importRows,
  respondentTenure,
  surveyTenure,
} from "@/lib/surveys/rules";
import { financialYearLabel } from "@/lib/uk-time";

const YES_TO_ALL = { had_repair_12m: true, complained_12m: true, has_communal_areas: true };

describe("survey rounds: pure rules", () => {
  it("names the reporting year by both its calendar years", () => {
    expect(financialYearLabel(2026)).toBe("2026/27");
    expect(financialYearLabel(2099)).toBe("2099/00");
  });

  it("refuses an interview date after today, and accepts today", () => {
    expect(collectedOnProblem(new Date("2026-11-24T00:00:00Z"), "2026-11-23")).toBe(
      "The date collected cannot be in the future",
    );
    expect(collectedOnProblem(new Date("2026-11-23T00:00:00Z"), "2026-11-23")).toBeUndefined();
    expect(collectedOnProblem(undefined, "2026-11-23")).toBeUndefined();
  });

  it("splits homes by the regulator's tenures", () => {
    expect(["LCRA", "SOCIAL_RENT", "LCHO", "OTHER"].map((stock) => surveyTenure("ENGLAND", stock as never))).toEqual([
      "LCRA",
      "LCRA",
      "LCHO",
      null,
    ]);
    expect(["LCRA", "SOCIAL_RENT", "LCHO", "OTHER"].map((stock) => surveyTenure("SCOTLAND", stock as never))).toEqual([
      "LCRA",
      "LCRA",
      "LCHO",
      "LCHO",
    ]);
  });

  it("asks current tenants with a home, and leaseholders only as shared owners", () => {
    const facts = (kind: string, stockType: string | null = "LCRA", status = "ACTIVE") =>
      ({ kind, status, stockType }) as never;
    expect(respondentTenure("ENGLAND", facts("TENANT"))).toBe("LCRA");
    expect(respondentTenure("ENGLAND", facts("JOINT_TENANT", "LCHO"))).toBe("LCHO");
    expect(respondentTenure("ENGLAND", facts("LEASEHOLDER", "LCHO"))).toBe("LCHO");
    expect(respondentTenure("ENGLAND", facts("LEASEHOLDER", "LCRA"))).toBeNull();
    expect(respondentTenure("ENGLAND", facts("TENANT", "LCRA", "FORMER"))).toBeNull();
    expect(respondentTenure("ENGLAND", facts("TENANT", null))).toBeNull();
    expect(respondentTenure("ENGLAND", facts("APPLICANT"))).toBeNull();
    expect(respondentTenure("ENGLAND", facts("FACTORED_OWNER"))).toBeNull();
  });

  it("counts each home once, by the tenure of those who may answer", () => {
    const tenant = { kind: "TENANT", status: "ACTIVE" } as const;
    const homes = [
      { stockType: "LCRA", customers: [tenant, { kind: "JOINT_TENANT", status: "ACTIVE" }] },
      { stockType: "LCHO", customers: [{ kind: "LEASEHOLDER", status: "ACTIVE" }] },
      { stockType: "OTHER", customers: [tenant] },
      { stockType: "LCRA", customers: [{ kind: "TENANT", status: "FORMER" }] },
    ] as const;
    expect(countPopulation("ENGLAND", homes)).toEqual({ populationLcra: 1, populationLcho: 1 });
  });

  it("refuses a screened answer from someone who did not pass the screening, beside the question", () => {
    const screening = { had_repair_12m: false, complained_12m: true, has_communal_areas: true };
    const { fieldErrors, stored } = checkAnswers(TSM_MEASURES, screening, { TP01: 5, TP02: 4, TP09: 3 });
    expect(fieldErrors).toEqual({ TP02: expect.stringContaining("repair in the last 12 months") });
    expect(stored).toMatchObject({ hadRepair: false, tp01: 5, tp09: 3 });
    expect(stored).not.toHaveProperty("tp02");
  });

  it("needs the screening questions answered, at least one measure, and the opt-out only where offered", () => {
    expect(checkAnswers(TSM_MEASURES, {}, {}).fieldErrors).toEqual({
      had_repair_12m: "Choose yes or no",
      complained_12m: "Choose yes or no",
      has_communal_areas: "Choose yes or no",
      TP01: "Answer at least one of the satisfaction questions",
    });
    expect(checkAnswers(TSM_MEASURES, YES_TO_ALL, { TP01: 0, TP11: 0 }).fieldErrors).toEqual({
      TP01: "Choose one of the answers",
    });
    const arc = checkAnswers(ARC_MEASURES, {}, { ARC1: 5, ARC2: 1, TP01: 4 });
    expect(arc).toEqual({ fieldErrors: {}, stored: { arc1: 5, arc2: 1 } });
  });

  it("offers TP08 as agreement and TP11 and TP12 with the opt-out, best answer first", () => {
    const { screening, measures } = questionnaire("ENGLAND", "Northvale");
    expect(screening.map(({ name }) => name)).toEqual(["had_repair_12m", "complained_12m", "has_communal_areas"]);
    const options = (code: string) => measures.find(({ name }) => name === code)!.options;
    expect(options("TP01")[0]).toEqual({ value: "5", label: "Very satisfied" });
    expect(options("TP08").map(({ label }) => label)).toContain("Strongly disagree");
    expect(options("TP11").at(-1)).toEqual({ value: "0", label: "Not applicable / don't know" });
    expect(options("TP10")).toHaveLength(5);
    expect(questionnaire("SCOTLAND", "Glen").measures.map(({ name }) => name)).toEqual(["ARC1", "ARC2", "ARC5"]);
    expect(questionnaire("SCOTLAND", "Glen").screening).toEqual([]);
  });

  it("imports a contractor's lines as the command reads them: a blank method is not stated, screened-out answers kept and counted as ignored", async () => {
    const csv = [
      "respondent_ref,tenure,method,collected_on,had_repair_12m,TP01,TP02",
      "R1,LCRA,telephone,2026-05-01,no,Very satisfied,Fairly satisfied",
      "R2,LCHO,,,yes,Very dissatisfied,",
      "R3,LCRA,online,,yes,,Very satisfied",
    ].join("\n");
    const parsed = await parseSurveyRecords(csv, TSM_MEASURES);
    expect(parsed.problems).toEqual([]);
    const { rows, problems, ignored } = importRows(TSM_MEASURES, parsed.records, new Set(["r3"]));
    expect(problems).toEqual([
      { line: 4, column: "respondent_ref", message: "respondent R3 already has a response in this round" },
    ]);
    expect(ignored).toBe(1);
    expect(rows[0]).toEqual({
      line: 2,
      respondentRef: "R1",
      tenure: "LCRA",
      method: "TELEPHONE",
      collectedOn: new Date("2026-05-01T00:00:00Z"),
      answers: { hadRepair: false, tp01: 5, tp02: 4 },
    });
    expect(rows[1]).toMatchObject({ respondentRef: "R2", method: null, collectedOn: null });
  });
});

describe("survey rounds: form input", () => {
  it("asks for the year when it is left blank, and defaults the margin to 4", async () => {
    const { ZOpenRound } = await import("@/lib/surveys/schemas");
    expect(ZOpenRound.safeParse({ year: "", regime: "ENGLAND", targetMargin: "" }).error?.issues[0]?.message).toBe(
      "Enter the year the reporting year starts, like 2026",
    );
    expect(ZOpenRound.parse({ year: "2026", regime: "ENGLAND", targetMargin: "" })).toEqual({
      year: 2026,
      regime: "ENGLAND",
      targetMargin: 4,
    });
  });
});
