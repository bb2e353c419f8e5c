import {
  SCREENING_QUESTIONS,
  type Answer,
  TSM_MEASURES,
  type MeasureDefinition,
  type ScreeningQuestion,
  type SurveyResponse,
  type Tenure,
} from "./perception";
import { checked, type Checked } from "@/lib/uploads/problems";
import { readRows } from "@/lib/uploads/read-rows";
import { surveyRowSchema } from "./schemas";

export type CollectionMethod = "telephone" | "online" | "postal" | "face_to_face";

/** One respondent's line as written, for the portal's import, which keeps who, when and how as well as the answers. */
export type SurveyRecord = {
  line: number;
  respondentRef: string;
  tenure: Tenure;
  /** YYYY-MM-DD */
  collectedOn?: string;
  method?: CollectionMethod;
  /** Yes (true) or no (false); a missing question was not asked or not answered. */
  screening: Partial<Record<ScreeningQuestion, boolean>>;
  answers: Readonly<Partial<Record<string, Answer>>>;
};

/** Reads a perception survey file (one line per respondent): the good lines, and every problem with the others. */
export const parseSurveyRecords = async (text: string, definitions: readonly MeasureDefinition[] = TSM_MEASURES) => {
  const schema = surveyRowSchema(definitions);
  const columns = {
    required: ["respondent_ref", "tenure"],
    optional: ["collected_on", "method", ...SCREENING_QUESTIONS, ...definitions.map(({ code }) => code)],
  };
  const { rows, problems } = await readRows(text, columns, schema, {
    column: "respondent_ref",
    key: (cell) => cell("respondent_ref").toLowerCase(),
    describe: (cell) => `respondent ${cell("respondent_ref")}`,
  });
  const records = rows.map(({ line, row }): SurveyRecord => {
    // The schema's columns are built from the definitions, so their types are known here rather than to the compiler.
    const cells = row as Record<string, unknown>;
    return {
      line,
      respondentRef: row.respondent_ref.trim(),
      tenure: row.tenure,
      collectedOn: row.collected_on,
      method: row.method as CollectionMethod | undefined,
      screening: Object.fromEntries(
        SCREENING_QUESTIONS.flatMap((question) =>
          typeof cells[question] === "boolean" ? [[question, cells[question]]] : [],
        ),
      ),
      answers: Object.fromEntries(definitions.map(({ code }) => [code, cells[code] as Answer | undefined])),
    };
  });
  return { records, problems };
};

/** Reads a perception survey file into responses the engine can tally. */
export const parseSurveyCsv = async (
  text: string,
  definitions: readonly MeasureDefinition[] = TSM_MEASURES,
): Promise<Checked<SurveyResponse[]>> => {
  const { records, problems } = await parseSurveyRecords(text, definitions);
  const responses = records.map(({ tenure, screening, answers }) => ({
    tenure,
    passed: new Set(SCREENING_QUESTIONS.filter((question: ScreeningQuestion) => screening[question] === true)),
    answers,
  }));
  return checked(responses, problems);
};
