import { describe, expect, it } from "vitest";
import { parseSurveyCsv } from "@/lib/measures/parse-survey-csv";
import { ARC_MEASURES, readAnswer, tallyMeasures, TSM_MEASURES, type SurveyResponse } from "@/lib/measures/perception";
import { formatProblem } from "@/lib/uploads/problems";

const HEADER =
  "respondent_ref,tenure,had_repair_12m,complained_12m,has_communal_areas,TP01,TP02,TP08,TP09,TP10,TP11,TP12";

const csv = (...lines: string[]) => [HEADER, ...lines].join("\n");

const tally = async (text: string) => {
  const parsed = await parseSurveyCsv(text);
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join("\n"));
  return tallyMeasures(parsed.value, TSM_MEASURES);
};

const problemsOf = async (text: string) => {
  const parsed = await parseSurveyCsv(text);
  return parsed.ok ? [] : parsed.problems.map(formatProblem);
};

const response = (tenure: SurveyResponse["tenure"], TP01?: number): SurveyResponse => ({
  tenure,
  passed: new Set(),
  answers: { TP01 },
});

describe("tenant perception measures", () => {
  it("gives the spec's worked figures: 801 positive of 1,187 answers is 67.5%", async () => {
    const responses = [
      ...Array.from({ length: 700 }, () => response("LCRA", 0)),
      ...Array.from({ length: 101 }, () => response("LCHO", 1)),
      ...Array.from({ length: 290 }, () => response("LCRA", 2)),
      ...Array.from({ length: 96 }, () => response("LCHO", 4)),
      ...Array.from({ length: 10 }, () => response("LCRA")),
      ...Array.from({ length: 3 }, () => response("LCHO")),
    ];
    const result = tallyMeasures(responses, TSM_MEASURES);
    expect(result.respondents).toEqual({ all: 1200, LCRA: 1000, LCHO: 200 });
    expect(result.measures.TP01).toEqual({
      all: { positive: 801, base: 1187, percent: 67.5 },
      LCRA: { positive: 700, base: 990, percent: 70.7 }, // 70.707...
      LCHO: { positive: 101, base: 197, percent: 51.3 }, // 51.269...
    });
    expect(Object.keys(result.measures)).toEqual(TSM_MEASURES.map(({ code }) => code));
    expect(result.ignored).toEqual({ TP02: 0, TP03: 0, TP09: 0, TP10: 0 });
  });

  it("reads answers whatever their case and spacing", async () => {
    const result = await tally(
      csv(
        "R1, lcra ,,,,  VERY Satisfied ,,,,,,",
        "R2,LCHO,,,,fairly   satisfied,,,,,,",
        "R3,Lcra,,,,Neither satisfied nor DISSATISFIED,,,,,,",
      ),
    );
    expect(result.respondents).toEqual({ all: 3, LCRA: 2, LCHO: 1 });
    expect(result.measures.TP01?.all).toEqual({ positive: 2, base: 3, percent: 66.7 });
    expect(result.measures.TP01?.LCRA).toEqual({ positive: 1, base: 2, percent: 50 });
  });

  it("leaves blank answers out of the base", async () => {
    const result = await tally(csv("R1,LCRA,,,,Very satisfied,,,,,,", "R2,LCRA,,,,,,,,,,", "R3,LCRA,,,,   ,,,,,,"));
    expect(result.measures.TP01?.all).toEqual({ positive: 1, base: 1, percent: 100 });
  });

  it("ignores filtered questions answered by respondents who did not pass the screening question", async () => {
    const result = await tally(
      csv(
        "R1,LCRA,yes,yes,yes,,Very satisfied,,Fairly satisfied,Very dissatisfied,,",
        "R2,LCRA,no,no,no,,Very satisfied,,Very satisfied,Very satisfied,,",
        "R3,LCHO,,,,,Fairly dissatisfied,,,Fairly satisfied,,",
        "R4,LCHO,YES,No,Yes,,Fairly satisfied,,,,,",
      ),
    );
    expect(result.measures.TP02?.all).toEqual({ positive: 2, base: 2, percent: 100 });
    expect(result.measures.TP02?.LCHO).toEqual({ positive: 1, base: 1, percent: 100 });
    expect(result.measures.TP09?.all).toEqual({ positive: 1, base: 1, percent: 100 });
    expect(result.measures.TP10?.all).toEqual({ positive: 0, base: 1, percent: 0 });
    expect(result.ignored).toEqual({ TP02: 2, TP03: 0, TP09: 1, TP10: 2 });
  });

  it("takes every spelling of don't know out of the base of TP11 and TP12", async () => {
    const result = await tally(
      csv(
        "R1,LCRA,,,,,,,,,Not applicable/don't know,Very satisfied",
        "R2,LCRA,,,,,,,,,DON'T KNOW,not applicable",
        "R3,LCRA,,,,,,,,, Not Applicable ,Don\u2019t know",
        "R4,LCRA,,,,,,,,,Fairly satisfied,Very dissatisfied",
      ),
    );
    expect(result.measures.TP11?.all).toEqual({ positive: 1, base: 1, percent: 100 });
    expect(result.measures.TP12?.all).toEqual({ positive: 1, base: 2, percent: 50 });
  });

  it("uses the agreement scale for TP08", async () => {
    const result = await tally(
      csv("R1,LCRA,,,,,,Strongly agree,,,,", "R2,LCRA,,,,,,agree,,,,", "R3,LCRA,,,,,,Disagree,,,,"),
    );
    expect(result.measures.TP08?.all).toEqual({ positive: 2, base: 3, percent: 66.7 });
  });

  it("gives a null percentage for a group with no answers", async () => {
    const result = await tally(csv("R1,LCRA,,,,Very satisfied,,,,,,"));
    expect(result.respondents.LCHO).toBe(0);
    expect(result.measures.TP01?.LCHO).toEqual({ positive: 0, base: 0, percent: null });
    expect(result.measures.TP12?.all).toEqual({ positive: 0, base: 0, percent: null });
  });

  it("reads quoted fields, commas inside them, and ignores unknown columns in any order", async () => {
    const text = [
      "TP01,comments,Tenure,Respondent_Ref",
      '"Very satisfied","Good, but slow ""repairs""",LCRA,R1',
      '"fairly satisfied",,"LCHO","R,2"',
    ].join("\r\n");
    const result = await tally(text);
    expect(result.respondents).toEqual({ all: 2, LCRA: 1, LCHO: 1 });
    expect(result.measures.TP01?.all).toEqual({ positive: 2, base: 2, percent: 100 });
  });

  it("reports every bad line with its physical line number and column", async () => {
    const text = [
      HEADER,
      "R1,LCRA,,,,Very satisfied,,,,,,",
      '"R2",LCRX,,,,"Quite',
      'satisfied",,,,,,',
      "",
      "R1,LCHO,maybe,,,,,,,,Don't know,",
      "R4,LCRA,,,,,,,,,,,extra",
      ",LCRA,,,,Agree,,,,,,",
    ].join("\n");
    expect(await problemsOf(text)).toEqual([
      "line 3: column tenure: must be one of: LCRA, LCHO",
      'line 3: column TP01: "Quite\nsatisfied" is not one of: very satisfied, fairly satisfied, neither satisfied nor dissatisfied, fairly dissatisfied, very dissatisfied',
      "line 6: column respondent_ref: respondent R1 is also on line 2",
      "line 6: column had_repair_12m: must be one of: yes, no",
      "line 7: column 13: the line has 13 values but the header row has only 12; put values containing commas in quotes",
      "line 8: column respondent_ref: is empty: enter the respondent's reference",
      'line 8: column TP01: "Agree" is not one of: very satisfied, fairly satisfied, neither satisfied nor dissatisfied, fairly dissatisfied, very dissatisfied',
    ]);
  });

  it("stops at a quote mark that is never closed, keeping the problems found before it", async () => {
    expect(await problemsOf(csv("R1,LCRX,,,,,,,,,,", 'R2,LCRA,,,,"Very satisfied,,,,,,'))).toEqual([
      "line 2: column tenure: must be one of: LCRA, LCHO",
      expect.stringMatching(/^line 3: column \*: a value starts with a quote mark/),
    ]);
  });

  it("refuses don't know on measures that do not offer it", async () => {
    expect(await problemsOf(csv("R1,LCRA,,,,Don't know,,,,,,"))).toEqual([
      expect.stringMatching(/^line 2: column TP01: "Don't know" is not one of/),
    ]);
  });

  it("requires the respondent_ref and tenure columns", async () => {
    expect(await problemsOf("respondent_ref,TP01\nR1,Very satisfied")).toEqual([
      "line 1: column tenure: the header row has no such column, and it is required",
    ]);
    expect(await problemsOf("")).toEqual(["line 1: column *: the file is empty: it needs a header row"]);
  });

  it("counts a header with no respondents as no answers", async () => {
    expect((await tally(HEADER)).measures.TP01?.all).toEqual({ positive: 0, base: 0, percent: null });
  });
});

describe("Scottish ARC survey indicators", () => {
  const [indicator1, indicator2, indicator5] = ARC_MEASURES;

  it("read their own scales", async () => {
    expect(readAnswer(indicator2!, "Fairly Good")).toEqual({ answer: 1 });
    expect(readAnswer(indicator2!, "very satisfied").problem).toMatch(/is not one of: very good, fairly good/);
    expect(readAnswer(indicator1!, "fairly satisfied")).toEqual({ answer: 1 });
    expect(readAnswer(indicator5!, "")).toEqual({});
  });

  it("are tallied by the same engine", async () => {
    const responses: SurveyResponse[] = [
      { tenure: "LCRA", passed: new Set(), answers: { ARC1: 0, ARC2: 1, ARC5: 3 } },
      { tenure: "LCRA", passed: new Set(), answers: { ARC1: 2, ARC2: 4 } },
    ];
    const result = tallyMeasures(responses, ARC_MEASURES);
    expect(result.measures.ARC1?.all).toEqual({ positive: 1, base: 2, percent: 50 });
    expect(result.measures.ARC2?.all).toEqual({ positive: 1, base: 2, percent: 50 });
    expect(result.measures.ARC5?.all).toEqual({ positive: 0, base: 1, percent: 0 });
    expect(result.ignored).toEqual({});
  });
});
