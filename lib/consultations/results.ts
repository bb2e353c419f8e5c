import type { QuestionDefinition } from "@/lib/questions/types";
import { choicesFor } from "@/lib/questions/rules";
import { headlineFigure, percent } from "./rules";

type Counts = {
  options: { questionId: string; option: string; count: number }[];
  answered: { questionId: string; count: number }[];
  numbers: { questionId: string; average: number; minimum: number; maximum: number }[];
};

/**
 * Puts the database's counts beside each question's own answers, in the order offered (zeros included), with
 * percentages of those who answered that question and, for scales, the top-two headline boards report.
 */
export const buildResults = (questions: QuestionDefinition[], counts: Counts) =>
  questions.map((question) => {
    const answered = counts.answered.find((row) => row.questionId === question.id)?.count ?? 0;
    const byOption = Object.fromEntries(
      counts.options.filter((row) => row.questionId === question.id).map((row) => [row.option, row.count]),
    );
    const rows = choicesFor(question).map((choice) => {
      const count = byOption[choice.value] ?? 0;
      return { label: choice.label, count, percent: percent(count, answered) };
    });
    return {
      question,
      answered,
      rows,
      headline:
        question.type === "SCALE" && question.scaleKind && answered > 0
          ? headlineFigure(question.scaleKind, byOption, answered).text
          : null,
      number: counts.numbers.find((row) => row.questionId === question.id) ?? null,
    };
  });
