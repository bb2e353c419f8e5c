import { db } from "@/lib/db";
import { DEFAULT_EQUALITY_QUESTIONS } from "@/lib/people/equality";
import type { StrategyStatus } from "@/lib/generated/prisma/enums";

let sequence = 0;

/** The English list of questions, as the landlord's own protected characteristics. */
export const createEqualityQuestions = () =>
  db.equalityQuestion.createMany({
    data: DEFAULT_EQUALITY_QUESTIONS.ENGLAND.map((question, position) => ({ ...question, position })),
  });

/** A strategy with one objective holding one priority, in the status asked for. */
export const createStrategy = async (overrides: { status?: StrategyStatus; title?: string } = {}) => {
  sequence += 1;
  const strategy = await db.strategy.create({
    data: {
      title: overrides.title ?? `Strategy ${sequence}`,
      startsOn: new Date("2025-04-01"),
      endsOn: new Date("2028-03-31"),
      status: overrides.status ?? "DRAFT",
      vision: "Tenants shape their homes and services.",
      values: "Respect, openness, fairness.",
      consultationStartedOn: overrides.status && overrides.status !== "DRAFT" ? new Date("2025-01-10") : null,
    },
  });
  const objective = await db.strategyObjective.create({
    data: { strategyId: strategy.id, position: 1, title: "Listen to tenants" },
  });
  const priority = await db.strategyPriority.create({
    data: {
      strategyId: strategy.id,
      objectiveId: objective.id,
      number: 1,
      title: "Widen involvement",
      commitments: { create: { position: 1, text: "We will hold events in every area." } },
    },
  });
  return { strategy, objective, priority };
};

/** Every characteristic assessed, as approval needs. */
export const completeEqualityAssessment = async (strategyId: string) => {
  const questions = await db.equalityQuestion.findMany({ select: { key: true } });
  await db.equalityAssessment.createMany({
    data: questions.map((question) => ({
      strategyId,
      characteristicKey: question.key,
      impact: "POSITIVE" as const,
      evidence: "Tenant profile",
    })),
  });
};

export const createActionPlan = async (strategyId: string, year = 2026) =>
  db.actionPlan.create({ data: { strategyId, year } });
