import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { BUDGET_CATEGORIES } from "./rules";
import type { BudgetInput } from "./schemas";

/** Sets the year's involvement budget, every category at once, so the year's total is always one decision. */
export const setBudget = ({ actor, input }: { actor: Actor; input: BudgetInput }) =>
  db.$transaction(async (tx) => {
    const amounts = Object.fromEntries(
      BUDGET_CATEGORIES.map((category) => [category, input[`budget_${category}`]] as const),
    );
    for (const category of BUDGET_CATEGORIES) {
      await tx.budgetAllocation.upsert({
        where: { year_category: { year: input.year, category } },
        create: { year: input.year, category, amountPence: amounts[category] as number },
        update: { amountPence: amounts[category] as number },
      });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "budget.set",
      entityType: "InvolvementBudget",
      entityId: String(input.year),
      details: { year: input.year, pence: amounts },
    });
  });
