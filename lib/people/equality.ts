import type { Regime } from "@/lib/generated/prisma/enums";

export const PREFER_NOT_TO_SAY = "Prefer not to say";

/** Counts below this are hidden wherever equality data is shown in aggregate, so nobody can be picked out. */
export const SMALL_NUMBER_THRESHOLD = 5;

type QuestionTemplate = { key: string; label: string; options: string[] };

const AGE = {
  key: "age",
  label: "Age group",
  options: ["16 to 24", "25 to 34", "35 to 44", "45 to 54", "55 to 64", "65 to 74", "75 or over"],
};
const DISABILITY = {
  key: "disability",
  label: "Do you consider yourself to have a disability?",
  options: ["Yes", "No"],
};
const SEX = { key: "sex", label: "Sex", options: ["Female", "Male"] };
const GENDER_REASSIGNMENT = {
  key: "gender_reassignment",
  label: "Is your gender identity the same as the sex you were registered at birth?",
  options: ["Yes", "No"],
};
const RACE = {
  key: "ethnicity",
  label: "Ethnic group",
  options: [
    "Asian or Asian British",
    "Black, Black British, Caribbean or African",
    "Mixed or multiple ethnic groups",
    "White",
    "Another ethnic group",
  ],
};
const RELIGION = {
  key: "religion",
  label: "Religion or belief",
  options: ["No religion", "Buddhist", "Christian", "Hindu", "Jewish", "Muslim", "Sikh", "Another religion or belief"],
};
const SEXUAL_ORIENTATION = {
  key: "sexual_orientation",
  label: "Sexual orientation",
  options: ["Bisexual", "Gay or lesbian", "Straight or heterosexual", "Another sexual orientation"],
};
const MARRIAGE = {
  key: "marriage",
  label: "Are you married or in a civil partnership?",
  options: ["Yes", "No"],
};
const PREGNANCY = {
  key: "pregnancy",
  label: "Are you pregnant or have you had a baby in the last 26 weeks?",
  options: ["Yes", "No"],
};

/**
 * Starting lists the landlord can change: England's nine protected characteristics under the Equality Act
 * 2010; Scotland's Charter monitoring commonly leaves out marriage and civil partnership, giving eight.
 */
export const DEFAULT_EQUALITY_QUESTIONS: Record<Regime, QuestionTemplate[]> = {
  ENGLAND: [AGE, DISABILITY, GENDER_REASSIGNMENT, MARRIAGE, PREGNANCY, RACE, RELIGION, SEX, SEXUAL_ORIENTATION],
  SCOTLAND: [AGE, DISABILITY, GENDER_REASSIGNMENT, PREGNANCY, RACE, RELIGION, SEX, SEXUAL_ORIENTATION],
};

export const answerOptions = (options: string[]) => [...options, PREFER_NOT_TO_SAY];

export type SuppressedCount = { answer: string; count: number | null };

const isSmall = (count: number) => count > 0 && count < SMALL_NUMBER_THRESHOLD;

/**
 * Replaces counts from 1 to 4 with null ("fewer than 5"); zero stays, as it reveals no one. When only one
 * count is hidden, the next smallest is hidden too, or it could be worked out from the total.
 */
export const suppressSmallCounts = (rows: { answer: string; count: number }[]): SuppressedCount[] => {
  const hidden = new Set(rows.filter((row) => isSmall(row.count)).map((row) => row.answer));
  if (hidden.size === 1) {
    const next = rows.filter((row) => row.count > 0 && !hidden.has(row.answer)).sort((a, b) => a.count - b.count)[0];
    if (next) hidden.add(next.answer);
  }
  return rows.map((row) => ({ answer: row.answer, count: hidden.has(row.answer) ? null : row.count }));
};
