import { db } from "@/lib/db";
import type { Regime } from "@/lib/generated/prisma/enums";
import { assuranceEvidence } from "@/lib/outcomes/queries";
import { currentPlanOf } from "@/lib/strategy/queries";
import { requirementsFor } from "./requirements";
import { signOffBlockers, type EvidenceLink } from "./rules";

const actionSelect = {
  strategyAction: {
    select: { id: true, title: true, owner: true, targetOn: true, status: true, plan: { select: { year: true } } },
  },
} as const;

/** The approved strategy's current action plan and its priorities, where improvement actions go. */
export const getImprovementPlan = async (now: Date) => {
  const strategy = await db.strategy.findFirst({
    where: { status: "APPROVED" },
    select: {
      title: true,
      actionPlans: { orderBy: { year: "desc" }, select: { id: true, year: true } },
      priorities: { orderBy: { number: "asc" }, select: { id: true, number: true, title: true } },
    },
  });
  const plan = strategy ? currentPlanOf(strategy.actionPlans, now) : null;
  return strategy && plan ? { strategyTitle: strategy.title, plan, priorities: strategy.priorities } : null;
};

/**
 * A year's self-assessment: each requirement of the regime's standard with its rating, narrative, chosen evidence
 * and improvement actions; the evidence the assurance map offers for its outcome; and what still stops sign-off.
 */
export const getSelfAssessment = async (regime: Regime, year: number) => {
  const [stored, evidence] = await Promise.all([
    db.selfAssessment.findUnique({
      where: { regime_year: { regime, year } },
      select: {
        id: true,
        signedOffAt: true,
        signedOffBy: true,
        signedOffOn: true,
        minuteRef: true,
        requirements: {
          select: {
            requirementCode: true,
            rating: true,
            narrative: true,
            evidence: true,
            actions: { select: actionSelect },
          },
        },
      },
    }),
    assuranceEvidence(regime, year),
  ]);
  const requirements = requirementsFor(regime).map((requirement) => {
    const row = stored?.requirements.find((entry) => entry.requirementCode === requirement.code);
    const actions = (row?.actions ?? []).map((link) => link.strategyAction);
    return {
      ...requirement,
      rating: row?.rating ?? null,
      narrative: row?.narrative ?? null,
      evidence: (row?.evidence ?? []) as EvidenceLink[],
      actions,
      actionCount: actions.length,
      offered: evidence.find((entry) => entry.outcome.code === requirement.outcomeCode)?.items ?? [],
    };
  });
  return {
    id: stored?.id ?? null,
    signOff:
      stored?.signedOffAt && stored.signedOffOn
        ? { by: stored.signedOffBy ?? "", on: stored.signedOffOn, minuteRef: stored.minuteRef ?? "" }
        : null,
    requirements,
    blockers: signOffBlockers(requirements),
  };
};

export type SelfAssessmentView = Awaited<ReturnType<typeof getSelfAssessment>>;

export const listSelfAssessmentYears = async (regime: Regime) =>
  (await db.selfAssessment.findMany({ where: { regime }, orderBy: { year: "desc" }, select: { year: true } })).map(
    (row) => row.year,
  );
