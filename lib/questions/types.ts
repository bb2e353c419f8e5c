import type { QuestionType, ScaleKind } from "@/lib/generated/prisma/enums";

/** What the engine needs to know about a question; consultations and (later) surveys store it the same way. */
export type QuestionDefinition = {
  id: string;
  type: QuestionType;
  label: string;
  help: string | null;
  section: string | null;
  required: boolean;
  options: string[];
  allowOther: boolean;
  scaleKind: ScaleKind | null;
  showIfQuestionId: string | null;
  showIfAnswer: string | null;
};

/** One stored answer row: an option chosen, a number, or text (with an option for "other, please specify"). */
export type AnswerRow = { questionId: string; option?: string; number?: number; text?: string };

export type RawAnswers = Record<string, unknown>;
