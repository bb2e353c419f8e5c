import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSurveyCsv } from "@/lib/measures/parse-survey-csv";
import { ARC_MEASURES, type SurveyResponse, tallyMeasures, TSM_MEASURES } from "@/lib/measures/perception";
import { formatProblem } from "@/lib/uploads/problems";
import { getRoundResults } from "@/lib/surveys/round-results";
import { createRoundWith } from "@/tests/factories/measures";

const parse = async (text: string, definitions = TSM_MEASURES) => {
  const parsed = await parseSurveyCsv(text, definitions);
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join("\n"));
  return parsed.value;
};

const sample = () => parse(readFileSync("docs/samples/tsm-responses.csv", "utf8"));

const HEADER =
  "respondent_ref,tenure,had_repair_12m,complained_12m,has_communal_areas,TP01,TP02,TP03,TP08,TP09,TP10,TP11,TP12";

// Screening answered by the wrong people, opt-outs, blank answers and a respondent who answered nothing.
const EDGE_CASES = [
  HEADER,
  "E1,LCRA,no,no,no,Very satisfied,Very satisfied,Fairly satisfied,Agree,Fairly satisfied,Very satisfied,Don't know,Not applicable",
  "E2,LCRA,,,,Fairly dissatisfied,Fairly satisfied,,Strongly disagree,Very satisfied,,Not applicable/don't know,Very satisfied",
  "E3,LCRA,yes,yes,yes,,,,,,,,",
  "E4,LCRA,yes,no,yes,Neither satisfied nor dissatisfied,Very dissatisfied,Very satisfied,Neither agree nor disagree,,Fairly satisfied,Fairly satisfied,Don't know",
  "E5,LCRA,no,yes,no,Very satisfied,,,Agree,Fairly dissatisfied,Very dissatisfied,Very dissatisfied,Fairly satisfied",
].join("\n");

const expectSameFigures = async (
  responses: SurveyResponse[],
  definitions = TSM_MEASURES,
  regime: "ENGLAND" | "SCOTLAND" = "ENGLAND",
) => {
  const round = await createRoundWith(responses, definitions, { regime });
  const fromDatabase = await getRoundResults(round.id, regime);
  expect(fromDatabase).toEqual(tallyMeasures(responses, definitions));
  return fromDatabase;
};

describe("a round's perception measures counted by the database", () => {
  it("equal the command's on the sample file", async () => {
    const result = await expectSameFigures(await sample());
    expect(result.respondents).toEqual({ all: 6, LCRA: 4, LCHO: 2 });
    expect(result.measures.TP01?.all).toEqual({ positive: 3, base: 6, percent: 50 });
  });

  it("equal the command's with screening answered by the wrong people, opt-outs, blanks and no LCHO respondents", async () => {
    const result = await expectSameFigures(await parse(EDGE_CASES));
    expect(result.respondents.LCHO).toBe(0);
    expect(result.measures.TP01?.LCHO).toEqual({ positive: 0, base: 0, percent: null });
    // E1 and E2 answered TP02 and TP09 without a repair or a complaint; E1 and E5 TP10 without communal areas.
    expect(result.ignored).toEqual({ TP02: 2, TP03: 1, TP09: 2, TP10: 2 });
    // Don't know and not applicable are answers outside the base.
    expect(result.measures.TP11?.all).toEqual({ positive: 1, base: 2, percent: 50 });
    expect(result.measures.TP12?.all).toEqual({ positive: 2, base: 2, percent: 100 });
  });

  it("equal the command's on the sample and the edge cases together", async () => {
    await expectSameFigures([...(await sample()), ...(await parse(EDGE_CASES))]);
  });

  it("are zero, with no percentages, for a round nobody has answered", async () => {
    const result = await expectSameFigures([]);
    expect(result.respondents).toEqual({ all: 0, LCRA: 0, LCHO: 0 });
    expect(result.measures.TP05?.all).toEqual({ positive: 0, base: 0, percent: null });
  });

  it("equal the command's for a Scottish round (ARC indicators 1, 2 and 5)", async () => {
    const text = [
      "respondent_ref,tenure,ARC1,ARC2,ARC5",
      "S1,LCRA,Very satisfied,Very good,Fairly satisfied",
      "S2,LCRA,Fairly dissatisfied,Fairly good,",
      "S3,LCHO,Fairly satisfied,Neither good nor poor,Very dissatisfied",
      "S4,LCRA,,Very poor,Very satisfied",
    ].join("\n");
    const result = await expectSameFigures(await parse(text, ARC_MEASURES), ARC_MEASURES, "SCOTLAND");
    expect(Object.keys(result.measures)).toEqual(["ARC1", "ARC2", "ARC5"]);
    expect(result.measures.ARC2?.all).toEqual({ positive: 2, base: 4, percent: 50 });
    expect(result.ignored).toEqual({});
  });
});
