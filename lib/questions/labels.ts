import type { QuestionType, ScaleKind } from "@/lib/generated/prisma/enums";

export const QUESTION_TYPE_LABEL: Record<QuestionType, string> = {
  SINGLE_CHOICE: "Choose one answer",
  MULTIPLE_CHOICE: "Choose all that apply",
  SCALE: "Five-point scale",
  YES_NO: "Yes or no",
  NUMBER: "A number",
  FREE_TEXT: "Written answer",
};

export const SCALE_KIND_LABEL: Record<ScaleKind, string> = {
  SATISFACTION: "Satisfied to dissatisfied",
  AGREEMENT: "Agree to disagree",
  GOOD_POOR: "Good to poor",
};

/** Scale points from best (5) to worst (1), in the wording the Tenant Satisfaction Measures use. */
export const SCALE_POINTS: Record<ScaleKind, [string, string][]> = {
  SATISFACTION: [
    ["5", "Very satisfied"],
    ["4", "Fairly satisfied"],
    ["3", "Neither satisfied nor dissatisfied"],
    ["2", "Fairly dissatisfied"],
    ["1", "Very dissatisfied"],
  ],
  AGREEMENT: [
    ["5", "Strongly agree"],
    ["4", "Agree"],
    ["3", "Neither agree nor disagree"],
    ["2", "Disagree"],
    ["1", "Strongly disagree"],
  ],
  GOOD_POOR: [
    ["5", "Very good"],
    ["4", "Good"],
    ["3", "Neither good nor poor"],
    ["2", "Poor"],
    ["1", "Very poor"],
  ],
};

/** How a board report words the top two points of each scale: "88% were very or fairly satisfied". */
export const SCALE_HEADLINE: Record<ScaleKind, string> = {
  SATISFACTION: "were very or fairly satisfied",
  AGREEMENT: "agreed or strongly agreed",
  GOOD_POOR: "said good or very good",
};
