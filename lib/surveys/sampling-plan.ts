import type { Group } from "@/lib/measures/perception";
import { achievedMargin, requiredSampleSize } from "@/lib/measures/sample-size";

type Populations = { populationLcra: number; populationLcho: number };

export type PlanRow = {
  group: Group;
  population: number;
  /** Responses needed for the target margin; null when there are no homes of this kind. */
  required: number | null;
  responses: number;
  stillNeeded: number | null;
  /** Margin of error achieved so far, in points; null before any response or with no homes. */
  achieved: number | null;
};

const row = (group: Group, population: number, responses: number, margin: number): PlanRow => {
  if (population === 0) return { group, population, required: null, responses, stillNeeded: null, achieved: null };
  const required = requiredSampleSize(population, margin);
  return {
    group,
    population,
    required,
    responses,
    stillNeeded: Math.max(0, required - responses),
    achieved: achievedMargin(population, Math.min(responses, population)),
  };
};

/** Population, required sample and progress for each tenure and in total, at the round's target margin. */
export const samplingPlan = (
  round: Populations & { targetMargin: number },
  responses: { LCRA: number; LCHO: number },
): PlanRow[] => [
  row("LCRA", round.populationLcra, responses.LCRA, round.targetMargin),
  row("LCHO", round.populationLcho, responses.LCHO, round.targetMargin),
  row("all", round.populationLcra + round.populationLcho, responses.LCRA + responses.LCHO, round.targetMargin),
];
