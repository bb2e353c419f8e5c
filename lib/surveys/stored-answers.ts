import type { Regime } from "@/lib/generated/prisma/enums";
import {
  ARC_MEASURES,
  type Answer,
  type MeasureDefinition,
  type ScreeningQuestion,
  TSM_MEASURES,
} from "@/lib/measures/perception";
import { SCALES } from "@/lib/measures/scales";

/** The regulator's questionnaire for a round: TSMs in England, ARC indicators 1, 2 and 5 in Scotland. */
export const measuresFor = (regime: Regime): readonly MeasureDefinition[] =>
  regime === "ENGLAND" ? TSM_MEASURES : ARC_MEASURES;

/** The PerceptionResponse column holding a measure's answer: TP01 is tp01, ARC1 is arc1. */
export const answerColumn = (code: string) => code.toLowerCase() as AnswerColumn;

export type AnswerColumn = `tp${string}` | `arc${string}`;

/** The PerceptionResponse column holding each screening question's answer. */
export const SCREENING_COLUMNS: Record<ScreeningQuestion, "hadRepair" | "complained" | "hasCommunalAreas"> = {
  had_repair_12m: "hadRepair",
  complained_12m: "complained",
  has_communal_areas: "hasCommunalAreas",
};

/** Points stored for "not applicable/don't know" (TP11 and TP12 only). */
export const NOT_APPLICABLE_POINTS = 0;

/** Answers that count as positive have at least these points: the top two of five. */
export const POSITIVE_POINTS = 4;

const SCALE_LENGTH = SCALES.satisfaction.length;

/** The engine ranks answers best first from 0; the database keeps points, 5 for the best answer. */
export const toPoints = (answer: Answer) =>
  answer === "not_applicable" ? NOT_APPLICABLE_POINTS : SCALE_LENGTH - answer;

export const fromPoints = (points: number): Answer =>
  points === NOT_APPLICABLE_POINTS ? "not_applicable" : SCALE_LENGTH - points;
