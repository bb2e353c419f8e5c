import { formatPence } from "@/lib/budget/rules";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import { quarterKey } from "./rules";
import { type Quarter, quarterDays } from "@/lib/uk-time";

export type BudgetRow = { key: string; year: number; budget: number; spent: number };

type Options = { quarters: Quarter[]; now: Date };

/**
 * The share of the involvement budget spent, year to date: for each quarter, the money paid (spend lines marked
 * spent, dated up to the quarter's last day) in its financial year over that year's whole budget, summed by
 * the database in one statement. Money only committed is not spent. A year with no budget has no figure.
 */
export const getBudgetFigures = async ({ quarters }: Options): Promise<Map<string, BudgetRow>> => {
  const periods = Prisma.join(
    quarters.map((q) => Prisma.sql`(${quarterKey(q)}, ${q.year}::int, ${quarterDays(q).until}::date)`),
  );
  const rows = await db.$queryRaw<BudgetRow[]>`
    WITH q(key, year, until) AS (VALUES ${periods}),
    budgets AS (SELECT year, sum("amountPence") AS total FROM "BudgetAllocation" GROUP BY year)
    SELECT q.key, q.year, budgets.total::float8 AS budget,
      (SELECT coalesce(sum(s."amountPence"), 0) FROM "SpendLine" s
        WHERE s.year = q.year AND s.status = 'SPENT' AND s."spentOn" < q.until)::float8 AS spent
    FROM q JOIN budgets ON budgets.year = q.year AND budgets.total > 0`;
  return new Map(rows.map((row) => [row.key, row]));
};

export const budgetProvenance = (row: BudgetRow, now: Date) =>
  `Counted by Involve from spending lines: ${formatPence(row.spent)} spent of the year's ${formatPence(row.budget)} budget, as at ${formatDateTime(now)}`;
