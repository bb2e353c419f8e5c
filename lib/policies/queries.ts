import { db } from "@/lib/db";
import { getAssessment } from "@/lib/strategy/equality-assessment";
import { reviewFlagUntil } from "./rules";

/** The register, the reviews falling due first. */
export const listPolicies = async () => {
  const [policies, assessed] = await Promise.all([
    db.policy.findMany({
      orderBy: [{ nextReviewOn: "asc" }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        owner: true,
        adoptedOn: true,
        lastReviewedOn: true,
        nextReviewOn: true,
        consultation: { select: { id: true, title: true } },
      },
    }),
    db.equalityAssessment.groupBy({ by: ["policyId"], where: { policyId: { not: null } }, _count: { _all: true } }),
  ]);
  const counts = new Map(assessed.map((row) => [row.policyId, row._count._all]));
  return policies.map((policy) => ({ ...policy, characteristicsAssessed: counts.get(policy.id) ?? 0 }));
};

export const getPolicy = (id: string) =>
  db.policy.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      owner: true,
      adoptedOn: true,
      lastReviewedOn: true,
      nextReviewOn: true,
      consultation: { select: { id: true, title: true } },
    },
  });

export const getPolicyEquality = (policyId: string) => getAssessment({ policyId });

/** Policies whose review is overdue or falls within the notice period: the officers' and the board's flag. */
export const countPolicyReviewsDue = (today: Date) =>
  db.policy.count({ where: { nextReviewOn: { lte: reviewFlagUntil(today) } } });

/** Consultations a review can point to, newest first. */
export const listReviewConsultations = () =>
  db.consultation.findMany({
    where: { status: { not: "DRAFT" } },
    orderBy: { closesAt: "desc" },
    take: 30,
    select: { id: true, title: true },
  });
