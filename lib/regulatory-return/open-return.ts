import type { Prisma } from "@/lib/generated/prisma/client";
import type { Regime } from "@/lib/generated/prisma/enums";

/**
 * The year's return row, made on first use. A lookup then an insert rather than an upsert: an upsert's update
 * would touch a submitted row, which the database refuses.
 */
export const openReturn = async (tx: Prisma.TransactionClient, regime: Regime, year: number) =>
  (await tx.regulatoryReturn.findUnique({
    where: { regime_year: { regime, year } },
    select: { id: true, submittedAt: true },
  })) ?? tx.regulatoryReturn.create({ data: { regime, year }, select: { id: true, submittedAt: true } });
