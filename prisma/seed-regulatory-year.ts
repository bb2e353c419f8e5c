// Demo regulatory year: the 2025/26 return under way (in Scotland with some indicators entered and the rest
// missing) and the 2026/27 involvement self-assessment in progress, with an improvement action in the action plan.
// The 2024/25 return and the 2025/26 self-assessment are left empty: building and signing them is the demo's.
import type { Tx } from "../lib/db";
import type { Regime } from "../lib/generated/prisma/enums";
import { requirementsFor } from "../lib/self-assessment/requirements";

const RETURN_YEAR = 2025;

/** The outcome the involvement standard belongs to: what the self-assessment's requirements are evidenced by. */
export const INVOLVEMENT_OUTCOME: Record<Regime, string> = { ENGLAND: "EN:TIA", SCOTLAND: "SC:3" };
const ASSESSMENT_YEAR = 2026;

const seedReturn = async (tx: Tx, regime: Regime) => {
  const stored = await tx.regulatoryReturn.create({ data: { regime, year: RETURN_YEAR }, select: { id: true } });
  if (regime === "SCOTLAND")
    await tx.returnFigure.createMany({
      data: [
        ["6", 94.1],
        ["7", 83.6],
        ["8", 3.4],
        ["9", 6.8],
        ["10", 91.2],
        ["11", 1],
        ["12", 88.9],
      ].map(([code, value]) => ({ returnId: stored.id, code: String(code), value: Number(value) })),
    });
};

const seedSelfAssessment = async (tx: Tx, regime: Regime) => {
  const [officer, kpis, priority] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { email: "officer@involve.test" }, select: { id: true } }),
    tx.kpi.findMany({
      where: { outcomeCodes: { has: INVOLVEMENT_OUTCOME[regime] }, retiredAt: null },
      orderBy: { code: "asc" },
      take: 2,
      select: { code: true, name: true },
    }),
    tx.strategyPriority.findFirstOrThrow({ where: { strategyId: "strategy-2025" }, orderBy: { number: "asc" } }),
  ]);
  const evidence = kpis.map((kpi) => ({
    kind: "KPI",
    title: `${kpi.code} ${kpi.name}`,
    href: `/board#kpi-${kpi.code}`,
  }));
  const [first, second, third] = requirementsFor(regime);
  if (!first || !second || !third) return;
  const assessment = await tx.selfAssessment.create({ data: { regime, year: ASSESSMENT_YEAR }, select: { id: true } });
  await tx.selfAssessmentRequirement.createMany({
    data: [
      {
        requirementCode: first.code,
        rating: "MEETS" as const,
        narrative:
          "Tenants are greeted by name at events and in the office, and the respect survey question rose again this year.",
        evidence,
      },
      {
        requirementCode: second.code,
        rating: "PARTLY_MEETS" as const,
        narrative:
          "We hold equality answers for most tenants, but younger tenants and private-sector leavers rarely take part.",
        evidence: evidence.slice(0, 1),
      },
      { requirementCode: third.code, rating: null, narrative: "Draft: waiting for the scrutiny panel's report." },
    ].map((row) => ({ ...row, assessmentId: assessment.id, updatedById: officer.id })),
  });
  const action = await tx.strategyAction.create({
    data: {
      planId: "plan-2026",
      priorityId: priority.id,
      title: "Run two pop-up sessions for younger tenants",
      owner: "Involvement Officer",
      targetOn: new Date("2027-02-28"),
      measureOfSuccess: "At least 20 tenants aged under 25 take part",
    },
    select: { id: true },
  });
  await tx.selfAssessmentAction.create({
    data: { strategyActionId: action.id, assessmentId: assessment.id, requirementCode: second.code },
  });
};

export const seedRegulatoryYear = async (tx: Tx, regime: Regime) => {
  // Officers tag each "You said, We did" with the outcomes it evidences when they publish it.
  await tx.consultation.updateMany({
    where: { status: "OUTCOME_PUBLISHED" },
    data: { outcomeCodes: [INVOLVEMENT_OUTCOME[regime]] },
  });
  await seedReturn(tx, regime);
  await seedSelfAssessment(tx, regime);
};
