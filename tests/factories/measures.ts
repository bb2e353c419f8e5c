import { db } from "@/lib/db";
import type { Regime, SurveyRoundStatus } from "@/lib/generated/prisma/enums";
import type { MeasureDefinition, SurveyResponse } from "@/lib/measures/perception";
import { toStoredAnswers } from "@/tests/factories/measures-rows";

/**
 * A round holding these responses. The database takes responses only while a round is open, so it is created
 * open, filled, then moved to the status asked for.
 */
export const createRoundWith = async (
  responses: SurveyResponse[],
  definitions: readonly MeasureDefinition[],
  options: { regime?: Regime; year?: number; status?: SurveyRoundStatus } = {},
) => {
  const round = await db.surveyRound.create({
    data: { regime: options.regime ?? "ENGLAND", year: options.year ?? 2025, populationLcra: 900, populationLcho: 100 },
  });
  await db.perceptionResponse.createMany({
    data: responses.map((response, index) => ({
      roundId: round.id,
      respondentRef: `R${index + 1}`,
      method: "ONLINE" as const,
      ...toStoredAnswers(response, definitions),
    })),
  });
  const status = options.status ?? "OPEN";
  if (status !== "OPEN") await db.surveyRound.update({ where: { id: round.id }, data: { status } });
  return round;
};
