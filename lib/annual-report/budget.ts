import { budgetSummary } from "@/lib/budget/queries";

/** The involvement budget as the annual report shows it: in pounds, by category, with the board KPI's share spent. */
export type InvolvementBudget = {
  lines: { category: string; budget: number; committed: number; spent: number }[];
  /** The share of the budget spent, as the board's KPI reads it (a percentage), or null without a budget. */
  spentPercent: number | null;
};

const pounds = (pence: number) => pence / 100;

/** A year without a budget set gives null, and the report says nothing was recorded rather than showing noughts. */
export const involvementBudget = async (year: number): Promise<InvolvementBudget | null> => {
  const summary = await budgetSummary(year);
  if (!summary.budgetSet) return null;
  return {
    lines: summary.categories.map((line) => ({
      category: line.label,
      budget: pounds(line.budgetPence),
      committed: pounds(line.committedPence),
      spent: pounds(line.spentPence),
    })),
    spentPercent: summary.percentSpent,
  };
};
