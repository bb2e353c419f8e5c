import { SCREENING_QUESTIONS, type Answer, TSM_MEASURES, type MeasureDefinition, type ScreeningQuestion, type SurveyResponse } from "./perception";
import type { Checked } from "./problems";
import { checked, readRows } from "./read-rows";
import { surveyRowSchema } from "./schemas";

/** Reads a perception survey file (one line per respondent) into responses the engine can tally. */
export const parseSurveyCsv = (text: string, definitions: readonly MeasureDefinition[] = TSM_MEASURES): Checked<SurveyResponse[]> => {
  const schema = surveyRowSchema(definitions);
  const columns = {
    required: ["respondent_ref", "tenure"],
    optional: ["collected_on", "method", ...SCREENING_QUESTIONS, ...definitions.map(({ code }) => code)],
  };
  const { rows, problems } = readRows(text, columns, schema, {
    column: "respondent_ref",
    key: (cell) => cell("respondent_ref").toLowerCase(),
    describe: (cell) => `respondent ${cell("respondent_ref")}`,
  });
  const responses = rows.map(({ row }): SurveyResponse => {
    // The schema's columns are built from the definitions, so their types are known here rather than to the compiler.
    const cells = row as Record<string, unknown>;
    return {
      tenure: row.tenure,
      passed: new Set(SCREENING_QUESTIONS.filter((question: ScreeningQuestion) => cells[question] === true)),
      answers: Object.fromEntries(definitions.map(({ code }) => [code, cells[code] as Answer | undefined])),
    };
  });
  return checked(responses, problems);
};
