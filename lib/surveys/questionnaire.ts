import type { Regime } from "@/lib/generated/prisma/enums";
import type { ScreeningQuestion } from "@/lib/measures/perception";
import { SCALES } from "@/lib/measures/scales";
import { measuresFor, NOT_APPLICABLE_POINTS, toPoints } from "./stored-answers";
import { screeningQuestionsFor } from "./rules";

export type QuestionnaireItem = {
  name: string;
  question: string;
  hint?: string;
  options: { value: string; label: string }[];
};

// The regulators' wording, with the landlord named, so answers are comparable with every other landlord's.
const SCREENING_WORDING: Record<ScreeningQuestion, (landlord: string) => string> = {
  had_repair_12m: (l) => `Has ${l} carried out a repair to your home in the last 12 months?`,
  complained_12m: (l) => `Have you made a complaint to ${l} in the last 12 months?`,
  has_communal_areas: (l) =>
    `Do you live in a building with communal areas, inside or outside, that ${l} is responsible for maintaining?`,
};

const MEASURE_WORDING: Record<string, (landlord: string) => string> = {
  TP01: (l) =>
    `Taking everything into account, how satisfied or dissatisfied are you with the service provided by ${l}?`,
  TP02: (l) =>
    `How satisfied or dissatisfied are you with the overall repairs service from ${l} over the last 12 months?`,
  TP03: () =>
    "How satisfied or dissatisfied are you with the time taken to complete your most recent repair after you reported it?",
  TP04: (l) => `How satisfied or dissatisfied are you that ${l} provides a home that is well maintained?`,
  TP05: (l) =>
    `Thinking about the condition of the property or building you live in, how satisfied or dissatisfied are you that ${l} provides a home that is safe?`,
  TP06: (l) => `How satisfied or dissatisfied are you that ${l} listens to your views and acts upon them?`,
  TP07: (l) => `How satisfied or dissatisfied are you that ${l} keeps you informed about things that matter to you?`,
  TP08: (l) => `To what extent do you agree or disagree with the following: "${l} treats me fairly and with respect"?`,
  TP09: (l) => `How satisfied or dissatisfied are you with ${l}'s approach to complaints handling?`,
  TP10: (l) => `How satisfied or dissatisfied are you that ${l} keeps these communal areas clean and well maintained?`,
  TP11: (l) => `How satisfied or dissatisfied are you that ${l} makes a positive contribution to your neighbourhood?`,
  TP12: (l) => `How satisfied or dissatisfied are you with ${l}'s approach to handling anti-social behaviour?`,
  ARC1: () =>
    "Taking everything into account, how satisfied or dissatisfied are you with the overall service provided by your landlord?",
  ARC2: () =>
    "How good or poor do you feel your landlord is at keeping you informed about their services and decisions?",
  ARC5: () =>
    "How satisfied or dissatisfied are you with the opportunities given to you to participate in your landlord's decision-making processes?",
};

const SCREENED_HINT: Record<ScreeningQuestion, string> = {
  had_repair_12m: "Answer only if you had a repair in the last 12 months.",
  complained_12m: "Answer only if you made a complaint in the last 12 months.",
  has_communal_areas: "Answer only if your building has communal areas.",
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

/** The round's questions in order, screening first; answers are sent as stored points (5 is the best answer). */
export const questionnaire = (regime: Regime, landlord: string) => {
  const definitions = measuresFor(regime);
  const screening: QuestionnaireItem[] = screeningQuestionsFor(definitions).map((name) => ({
    name,
    question: SCREENING_WORDING[name](landlord),
    options: YES_NO,
  }));
  const measures: QuestionnaireItem[] = definitions.map(({ code, scale, notApplicableAllowed, screenedBy }) => ({
    name: code,
    question: MEASURE_WORDING[code]!(landlord),
    hint: [screenedBy && SCREENED_HINT[screenedBy], "You can leave this blank."].filter(Boolean).join(" "),
    options: [
      ...SCALES[scale].map((label, rank) => ({ value: String(toPoints(rank)), label: capitalise(label) })),
      ...(notApplicableAllowed ? [{ value: String(NOT_APPLICABLE_POINTS), label: "Not applicable / don't know" }] : []),
    ],
  }));
  return { screening, measures };
};
