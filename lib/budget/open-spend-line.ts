import type { Tx } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { financialYearOfDay, spendLineChangeProblem } from "./rules";
import type { SpendLineInput } from "./schemas";

/** What a spending line holds, as its pages and its audit trail read it. */
export const SPEND_LINE_FIELDS = {
  spentOn: true,
  amountPence: true,
  category: true,
  supplier: true,
  description: true,
  status: true,
  grantId: true,
} as const;

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
    select: { year: true, ...SPEND_LINE_FIELDS },
  });
  if (!line) throw notFoundError("spending line");
  const problem = spendLineChangeProblem({ grantId: line.grantId, yearClosed: await isYearClosed(tx, line.year) });
  if (problem) throw new DomainError(problem);
  return line;
};

/**
 * The financial year a line dated `spentOn` belongs to, refused unless it has a budget and its annual report is not
 * published; `doing` names the change in the message ("recording spending in it", "moving spending into it").
 */
export const yearTakingSpending = async (tx: Tx, spentOn: Date, doing: string) => {
  const year = financialYearOfDay(spentOn);
  if ((await tx.budgetAllocation.count({ where: { year } })) === 0)
    throw new DomainError(`Set the budget for that financial year before ${doing}.`, {
      spentOn: "There is no budget for the financial year of this date",
    });
  if (await isYearClosed(tx, year))
    throw new DomainError("The annual report for that year is published, so its spending can no longer change.", {
      spentOn: "The annual report for this date's year is published",
    });
  return year;
};

/** A line's columns from the form, in the year it falls in. */
export const spendLineData = (input: SpendLineInput, year: number) => ({
  year,
  spentOn: input.spentOn,
  amountPence: input.amount,
  category: input.category,
  supplier: input.supplier,
  description: input.description,
  status: input.status,
});
