import type { Tx } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { spendLineChangeProblem } from "./rules";

/** A year is closed once its annual report is published (see spendLineChangeProblem). */
export const isYearClosed = async (tx: Pick<Tx, "annualReport">, year: number) =>
  (await tx.annualReport.count({ where: { year, publishedAt: { not: null } } })) > 0;

/**
 * Locks a spending line an officer means to correct or remove, and refuses a grant payment or a line in a closed
 * year; returns the line as it stood, for the audit trail.
 */
export const lockChangeableSpendLine = async (tx: Tx, spendLineId: string) => {
  await tx.$executeRaw`SELECT 1 FROM "SpendLine" WHERE id = ${spendLineId} FOR UPDATE`;
  const line = await tx.spendLine.findUnique({
    where: { id: spendLineId },
    select: {
      year: true,
      spentOn: true,
      amountPence: true,
      category: true,
      supplier: true,
      description: true,
      status: true,
      grantId: true,
    },
  });
  if (!line) throw notFoundError("spending line");
  const problem = spendLineChangeProblem({ grantId: line.grantId, yearClosed: await isYearClosed(tx, line.year) });
  if (problem) throw new DomainError(problem);
  return line;
};
