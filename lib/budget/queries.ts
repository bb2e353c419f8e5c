import { db } from "@/lib/db";
import type { BudgetCategory } from "@/lib/generated/prisma/enums";
import { isYearClosed, SPEND_LINE_FIELDS } from "./open-spend-line";
import {
  BUDGET_CATEGORIES,
  CATEGORY_LABEL,
  percentSpent,
  spendLineChangeProblem,
  totalFigures,
  type CategoryFigures,
} from "./rules";

type SummaryRow = { category: BudgetCategory; budget: number; committed: number; spent: number };

/**
 * The year's involvement budget by category, with money committed and spent, summed by the database. Every
 * category is listed, with nil where nothing was set or spent. The annual report shows these figures.
 */
export const budgetSummary = async (year: number) => {
  const rows = await db.$queryRaw<SummaryRow[]>`
    SELECT c.category::text AS category,
      coalesce((SELECT "amountPence" FROM "BudgetAllocation" b WHERE b.year = ${year} AND b.category = c.category), 0)::float8 AS budget,
      coalesce(sum(s."amountPence") FILTER (WHERE s.status = 'COMMITTED'), 0)::float8 AS committed,
      coalesce(sum(s."amountPence") FILTER (WHERE s.status = 'SPENT'), 0)::float8 AS spent
    FROM unnest(enum_range(NULL::"BudgetCategory")) AS c(category)
    LEFT JOIN "SpendLine" s ON s.year = ${year} AND s.category = c.category
    GROUP BY c.category`;
  const byCategory = new Map(rows.map((row) => [row.category, row]));
  const categories: (CategoryFigures & { label: string })[] = BUDGET_CATEGORIES.map((category) => {
    const row = byCategory.get(category);
    return {
      category,
      label: CATEGORY_LABEL[category],
      budgetPence: row?.budget ?? 0,
      committedPence: row?.committed ?? 0,
      spentPence: row?.spent ?? 0,
    };
  });
  const total = totalFigures(categories);
  const budgetSet = await db.budgetAllocation.count({ where: { year } });
  return {
    year,
    budgetSet: budgetSet > 0,
    categories,
    total,
    percentSpent: percentSpent(total.spentPence, total.budgetPence),
  };
};

export type BudgetSummary = Awaited<ReturnType<typeof budgetSummary>>;

export const listSpendLines = (year: number) =>
  db.spendLine.findMany({
    where: { year },
    orderBy: [{ spentOn: "desc" }, { createdAt: "desc" }],
    select: { id: true, ...SPEND_LINE_FIELDS },
  });

const accountsOverdueWhere = (today: Date) => ({
  status: "APPROVED" as const,
  accountsReceivedOn: null,
  accountsDueOn: { lt: today },
});

/** Approved grants whose group's accounts are past due: a line on the officers' work list. */
export const countOverdueGrantAccounts = (today: Date) => db.grant.count({ where: accountsOverdueWhere(today) });

export const listGrants = async ({ overdueOn }: { overdueOn?: Date } = {}) => {
  const grants = await db.grant.findMany({
    where: overdueOn ? accountsOverdueWhere(overdueOn) : {},
    orderBy: [{ appliedOn: "desc" }],
    select: {
      id: true,
      year: true,
      purpose: true,
      status: true,
      appliedOn: true,
      amountRequestedPence: true,
      amountApprovedPence: true,
      accountsDueOn: true,
      accountsReceivedOn: true,
      group: { select: { name: true } },
    },
  });
  const paid = await db.spendLine.groupBy({
    by: ["grantId"],
    where: { grantId: { in: grants.map((grant) => grant.id) } },
    _sum: { amountPence: true },
  });
  const paidBy = new Map(paid.map((row) => [row.grantId, row._sum.amountPence ?? 0]));
  return grants.map((grant) => ({ ...grant, paidPence: paidBy.get(grant.id) ?? 0 }));
};

export const getGrant = (id: string) =>
  db.grant.findUnique({
    where: { id },
    select: {
      id: true,
      year: true,
      purpose: true,
      status: true,
      appliedOn: true,
      amountRequestedPence: true,
      decidedOn: true,
      amountApprovedPence: true,
      conditions: true,
      accountsDueOn: true,
      accountsReceivedOn: true,
      group: { select: { id: true, name: true } },
      payments: { orderBy: { spentOn: "asc" }, select: { id: true, spentOn: true, amountPence: true } },
    },
  });

/** The registered tenants' organisations a grant can be made to. */
export const listGrantableGroups = () =>
  db.group.findMany({
    where: { type: "RTO", rtoStatus: "REGISTERED" },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });

/** Whether the year's spending is closed: its annual report is published (spendLineChangeProblem). */
export const budgetYearClosed = (year: number) => isYearClosed(db, year);

/** One spending line for its correction page, with whether it may still be changed. */
export const getSpendLine = async (id: string) => {
  const line = await db.spendLine.findUnique({
    where: { id },
    select: { id: true, year: true, ...SPEND_LINE_FIELDS },
  });
  return (
    line && { ...line, problem: spendLineChangeProblem({ ...line, yearClosed: await isYearClosed(db, line.year) }) }
  );
};
