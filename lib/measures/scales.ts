/** Answer options best first: the top two count as positive. */
export const SCALES = {
  satisfaction: [
    "very satisfied",
    "fairly satisfied",
    "neither satisfied nor dissatisfied",
    "fairly dissatisfied",
    "very dissatisfied",
  ],
  agreement: ["strongly agree", "agree", "neither agree nor disagree", "disagree", "strongly disagree"],
  // Scottish Housing Regulator, ARC indicator 2 (keeping tenants informed).
  goodPoor: ["very good", "fairly good", "neither good nor poor", "fairly poor", "very poor"],
} as const;

export type ScaleName = keyof typeof SCALES;

export const POSITIVE_OPTIONS = 2;

/** Three spellings of the one opt-out that TP11 and TP12 offer. */
export const NOT_APPLICABLE_SPELLINGS = ["not applicable/don't know", "don't know", "not applicable"] as const;

/** Case, spacing and a spreadsheet's curly apostrophe are not differences a respondent meant. */
export const normaliseAnswer = (raw: string) =>
  raw
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\u2018\u2019]/g, "'");
