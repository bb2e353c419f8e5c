import { describe, expect, it } from "vitest";
import { checkAnswers, conditionProblem, isShown, OTHER, shownQuestionIds } from "@/lib/questions/rules";
import type { QuestionDefinition } from "@/lib/questions/types";

const question = (id: string, overrides: Partial<QuestionDefinition> = {}): QuestionDefinition => ({
  id,
  type: "FREE_TEXT",
  label: `Question ${id}`,
  help: null,
  section: null,
  required: true,
  options: [],
  allowOther: false,
  scaleKind: null,
  showIfQuestionId: null,
  showIfAnswer: null,
  ...overrides,
});

const usesGarden = question("garden", { type: "YES_NO" });
const gardenSize = question("size", {
  type: "SINGLE_CHOICE",
  options: ["Small", "Large"],
  showIfQuestionId: "garden",
  showIfAnswer: "Yes",
});
const rating = question("rating", { type: "SCALE", scaleKind: "SATISFACTION" });
const ideas = question("ideas", {
  type: "MULTIPLE_CHOICE",
  options: ["Benches", "Planters"],
  allowOther: true,
  required: false,
});
const people = question("people", { type: "NUMBER", required: false });

describe("answer checking", () => {
  it("keeps valid answers as rows: options, numbers and text", () => {
    const { rows, fieldErrors } = checkAnswers([usesGarden, gardenSize, rating, ideas, people], {
      q_garden: "Yes",
      q_size: "Large",
      q_rating: "4",
      q_ideas: ["Benches", OTHER],
      q_ideas_other: "A pond",
      q_people: "3",
    });
    expect(fieldErrors).toEqual({});
    expect(rows).toEqual([
      { questionId: "garden", option: "Yes" },
      { questionId: "size", option: "Large" },
      { questionId: "rating", option: "4" },
      { questionId: "ideas", option: "Benches" },
      { questionId: "ideas", option: OTHER, text: "A pond" },
      { questionId: "people", number: 3 },
    ]);
  });

  it("marks missing required answers and made-up options beside each question", () => {
    const { fieldErrors } = checkAnswers([usesGarden, rating, people, question("text")], {
      q_rating: "9",
      q_people: "lots",
    });
    expect(fieldErrors).toEqual({
      q_garden: "Choose an answer",
      q_rating: "Choose an answer from the list",
      q_people: "Enter a number, like 3",
      q_text: "Enter your answer",
    });
  });

  it("needs the words for 'other' and only one answer to a single choice", () => {
    expect(checkAnswers([ideas], { q_ideas: OTHER }).fieldErrors).toEqual({ q_ideas: "Say what your other answer is" });
    expect(
      checkAnswers([{ ...gardenSize, showIfQuestionId: null }], { q_size: ["Small", "Large"] }).fieldErrors,
    ).toEqual({
      q_size: "Choose one answer only",
    });
  });

  it("does not require hidden questions and drops answers sent for them", () => {
    const { rows, fieldErrors } = checkAnswers([usesGarden, gardenSize], { q_garden: "No", q_size: "Small" });
    expect(fieldErrors).toEqual({});
    expect(rows).toEqual([{ questionId: "garden", option: "No" }]);
  });

  it("hides a question whose controlling question is itself hidden", () => {
    const third = question("third", { type: "YES_NO", showIfQuestionId: "size", showIfAnswer: "Large" });
    const chosen = new Map([["garden", ["No"]]]);
    expect(isShown(gardenSize, chosen)).toBe(false);
    expect(checkAnswers([usesGarden, gardenSize, third], { q_garden: "No", q_size: "Large" }).rows).toHaveLength(1);
  });
});

describe("showing questions as people answer", () => {
  it("shows a conditional question only once its controlling answer is given", () => {
    expect([...shownQuestionIds([usesGarden, gardenSize, rating], {})]).toEqual(["garden", "rating"]);
    expect([...shownQuestionIds([usesGarden, gardenSize, rating], { q_garden: ["Yes"] })]).toEqual([
      "garden",
      "size",
      "rating",
    ]);
  });
});

describe("conditions", () => {
  it("must point to an earlier single-answer question and one of its answers", () => {
    expect(conditionProblem({ showIfQuestionId: "garden", showIfAnswer: "Yes" }, [usesGarden])).toBeUndefined();
    expect(conditionProblem({ showIfQuestionId: "garden", showIfAnswer: "Maybe" }, [usesGarden])).toContain(
      "one of the answers",
    );
    expect(conditionProblem({ showIfQuestionId: "ideas", showIfAnswer: "Benches" }, [ideas])).toContain(
      "earlier question",
    );
    expect(conditionProblem({ showIfQuestionId: "later", showIfAnswer: "Yes" }, [usesGarden])).toContain(
      "earlier question",
    );
  });
});

describe("repeated options", () => {
  it("counts an option repeated by a tampered form once", () => {
    const { rows } = checkAnswers([ideas], { q_ideas: [...Array(1000).fill("Benches"), "Planters", "Planters"] });
    expect(rows).toEqual([
      { questionId: "ideas", option: "Benches" },
      { questionId: "ideas", option: "Planters" },
    ]);
  });
});
