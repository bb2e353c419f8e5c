/**
 * The involvement budget as the annual report shows it. The budget itself is kept by the budget feature (issue 26,
 * branch `ybudget`); this is the one place the report asks for it, so wiring it in is one line.
 */
export type InvolvementBudget = {
  lines: { category: string; budget: number; committed: number; spent: number }[];
  /** The share of the budget spent, as the board's KPI reads it (a percentage), or null without a budget. */
  spentPercent: number | null;
};

export type InvolvementBudgetSource = (year: number) => Promise<InvolvementBudget | null>;

/** Until the budget feature is merged nothing is recorded, and the report says so rather than showing noughts. */
export const involvementBudget: InvolvementBudgetSource = async () => null;
