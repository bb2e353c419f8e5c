import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countPopulation, RESPONDENT_KINDS } from "./rules";
import type { OpenRoundInput } from "./schemas";
import { financialYearLabel } from "@/lib/uk-time";
import type { Actor } from "@/lib/auth/actor";

const RESPONDENTS: Prisma.CustomerWhereInput = { status: "ACTIVE", kind: { in: [...RESPONDENT_KINDS] } };

/** Opens a year's survey, counting the homes in scope by tenure as they stand today. One round per regime and year. */
export const openRound = async ({ actor, input }: { actor: Actor; input: OpenRoundInput }) => {
  const { year, regime, targetMargin } = input;
  try {
    return await db.$transaction(async (tx) => {
      const homes = await tx.home.findMany({
        where: { customers: { some: RESPONDENTS } },
        select: { stockType: true, customers: { where: RESPONDENTS, select: { kind: true, status: true } } },
      });
      const population = countPopulation(regime, homes);
      const round = await tx.surveyRound.create({
        data: { year, regime, targetMargin, ...population, createdById: actor.id },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "survey-round.opened",
        entityType: "SurveyRound",
        entityId: round.id,
        details: { year, regime, targetMargin, ...population },
      });
      return round;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError(`There is already a survey round for ${financialYearLabel(year)}.`, {
        year: `A round for ${financialYearLabel(year)} already exists. Open it from the list, or choose another year`,
      });
    }
    throw error;
  }
};
