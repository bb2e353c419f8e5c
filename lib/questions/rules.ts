import { SCALE_POINTS } from "./labels";
import type { AnswerRow, QuestionDefinition, RawAnswers } from "./types";

/** The value a form sends for "Other, please specify"; the words typed go in a field of their own. */
export const OTHER = "__other";

export const MAX_TEXT = 2000;

export const answerField = (questionId: string) => `q_${questionId}`;
export const otherField = (questionId: string) => `q_${questionId}_other`;

type Choice = { value: string; label: string };

/** The answers a question offers, as stored value and the words shown. */
export const choicesFor = (
  question: Pick<QuestionDefinition, "type" | "options" | "scaleKind" | "allowOther">,
): Choice[] => {
  switch (question.type) {
    case "YES_NO":
      return [
        { value: "Yes", label: "Yes" },
        { value: "No", label: "No" },
      ];
    case "SCALE":
      return SCALE_POINTS[question.scaleKind ?? "SATISFACTION"].map(([value, label]) => ({ value, label }));
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE": {
      const options = question.options.map((option) => ({ value: option, label: option }));
      return question.allowOther ? [...options, { value: OTHER, label: "Other, please specify" }] : options;
    }
    case "NUMBER":
    case "FREE_TEXT":
      return [];
  }
};

const asList = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string" && v !== "");

const asText = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/**
 * Whether a conditional question is asked: its controlling (earlier) question must have been answered with the
 * chosen value. A hidden controlling question has no answers, so anything depending on it is hidden too.
 */
export const isShown = (question: QuestionDefinition, chosen: ReadonlyMap<string, string[]>) =>
  !question.showIfQuestionId || (chosen.get(question.showIfQuestionId) ?? []).includes(question.showIfAnswer ?? "");

/** Which questions to show for the answers given so far: for hiding conditional questions as people answer. */
export const shownQuestionIds = (questions: QuestionDefinition[], raw: RawAnswers) => {
  const chosen = new Map<string, string[]>();
  const shown = new Set<string>();
  for (const question of questions) {
    if (!isShown(question, chosen)) continue;
    shown.add(question.id);
    chosen.set(question.id, asList(raw[answerField(question.id)]));
  }
  return shown;
};

export type AnswerCheck = { rows: AnswerRow[]; fieldErrors: Record<string, string> };

const checkOne = (question: QuestionDefinition, raw: RawAnswers): { rows: AnswerRow[]; error?: string } => {
  const id = question.id;
  const value = raw[answerField(id)];
  switch (question.type) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
    case "YES_NO":
    case "SCALE": {
      // A tampered form can repeat an option many times; each option counts once per response.
      const chosen = [...new Set(asList(value))];
      const allowed = choicesFor(question).map((choice) => choice.value);
      if (chosen.length === 0) return { rows: [], error: question.required ? "Choose an answer" : undefined };
      if (question.type !== "MULTIPLE_CHOICE" && chosen.length > 1)
        return { rows: [], error: "Choose one answer only" };
      if (chosen.some((option) => !allowed.includes(option)))
        return { rows: [], error: "Choose an answer from the list" };
      const other = asText(raw[otherField(id)]);
      if (chosen.includes(OTHER) && !other) return { rows: [], error: "Say what your other answer is" };
      if (other.length > MAX_TEXT) return { rows: [], error: `Your answer must be ${MAX_TEXT} characters or fewer` };
      return {
        rows: chosen.map((option) =>
          option === OTHER ? { questionId: id, option, text: other } : { questionId: id, option },
        ),
      };
    }
    case "NUMBER": {
      const text = asText(value);
      if (!text) return { rows: [], error: question.required ? "Enter a number" : undefined };
      const number = Number(text.replace(/,/g, ""));
      if (!Number.isFinite(number) || Math.abs(number) > 1e9) return { rows: [], error: "Enter a number, like 3" };
      return { rows: [{ questionId: id, number }] };
    }
    case "FREE_TEXT": {
      const text = asText(value);
      if (!text) return { rows: [], error: question.required ? "Enter your answer" : undefined };
      if (text.length > MAX_TEXT) return { rows: [], error: `Your answer must be ${MAX_TEXT} characters or fewer` };
      return { rows: [{ questionId: id, text }] };
    }
  }
};

/**
 * Checks a submitted questionnaire against its questions, in order. Hidden questions are neither required nor
 * kept, so a changed earlier answer cannot leave stale answers behind.
 */
export const checkAnswers = (questions: QuestionDefinition[], raw: RawAnswers): AnswerCheck => {
  const chosen = new Map<string, string[]>();
  const rows: AnswerRow[] = [];
  const fieldErrors: Record<string, string> = {};
  for (const question of questions) {
    if (!isShown(question, chosen)) continue;
    const result = checkOne(question, raw);
    if (result.error) {
      fieldErrors[answerField(question.id)] = result.error;
      continue;
    }
    chosen.set(
      question.id,
      result.rows.flatMap((row) => (row.option ? [row.option] : [])),
    );
    rows.push(...result.rows);
  }
  return { rows, fieldErrors };
};

/** Types whose answer can decide whether a later question is asked. */
export const CONTROLLING_TYPES = ["SINGLE_CHOICE", "YES_NO"] as const;

/** Why a question's condition cannot work, or undefined: it must point to an earlier single-answer question. */
export const conditionProblem = (
  condition: { showIfQuestionId: string | null; showIfAnswer: string | null },
  earlier: QuestionDefinition[],
) => {
  if (!condition.showIfQuestionId) return undefined;
  const controlling = earlier.find((question) => question.id === condition.showIfQuestionId);
  if (!controlling || !(CONTROLLING_TYPES as readonly string[]).includes(controlling.type)) {
    return "Choose an earlier question that has one answer (choose one, or yes or no)";
  }
  if (!choicesFor(controlling).some((choice) => choice.value === condition.showIfAnswer)) {
    return "Enter one of the answers that question offers, exactly as written";
  }
  return undefined;
};
