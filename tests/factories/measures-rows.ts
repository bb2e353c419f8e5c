import type { MeasureDefinition, SurveyResponse } from "@/lib/measures/perception";
import { answerColumn, type AnswerColumn, SCREENING_COLUMNS, toPoints } from "@/lib/surveys/stored-answers";

export type StoredAnswers = {
  tenure: SurveyResponse["tenure"];
  hadRepair: boolean | null;
  complained: boolean | null;
  hasCommunalAreas: boolean | null;
} & Partial<Record<AnswerColumn, number | null>>;

/**
 * A respondent as PerceptionResponse columns: screening questions answered yes are true, the rest unknown
 * (the engine only ever asks whether a respondent passed), and each answer as points.
 */
export const toStoredAnswers = (response: SurveyResponse, definitions: readonly MeasureDefinition[]): StoredAnswers => {
  const screening = Object.fromEntries(
    Object.entries(SCREENING_COLUMNS).map(([question, column]) => [
      column,
      response.passed.has(question as keyof typeof SCREENING_COLUMNS) ? true : null,
    ]),
  ) as Pick<StoredAnswers, "hadRepair" | "complained" | "hasCommunalAreas">;
  const answers = Object.fromEntries(
    definitions.map(({ code }) => {
      const answer = response.answers[code];
      return [answerColumn(code), answer === undefined ? null : toPoints(answer)];
    }),
  );
  return { tenure: response.tenure, ...screening, ...answers };
};
