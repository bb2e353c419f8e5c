import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Regime } from "@/lib/generated/prisma/enums";

export const SIGNED_OFF = "The board has signed this self-assessment off, so it can no longer change.";

/**
 * The year's self-assessment, begun on first use, refused once signed off. A lookup then an insert rather than an
 * upsert: an upsert's update would touch a signed-off row, which the database refuses.
 */
export const openSelfAssessment = async (tx: Prisma.TransactionClient, regime: Regime, year: number) => {
  const assessment =
    (await tx.selfAssessment.findUnique({
      where: { regime_year: { regime, year } },
      select: { id: true, signedOffAt: true },
    })) ?? (await tx.selfAssessment.create({ data: { regime, year }, select: { id: true, signedOffAt: true } }));
  if (assessment.signedOffAt) throw new DomainError(SIGNED_OFF);
  return assessment;
};
