import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { isoDay } from "@/lib/uk-time";
import { isYearClosed, lockChangeableSpendLine } from "./open-spend-line";
import { financialYearOfDay } from "./rules";
import type { SpendLineCorrection } from "./schemas";

/**
 * Corrects a spending line recorded wrongly (amount, date, category, supplier, what for, committed or spent). The
 * budget's figures and the board's budget-spent KPI are summed from the lines when read, so they follow at once.
 * The audit event keeps what the line said before.
 */
export const correctSpendLine = ({ actor, input }: { actor: Actor; input: SpendLineCorrection }) =>
  db.$transaction(async (tx) => {
    const before = await lockChangeableSpendLine(tx, input.spendLineId);
    const year = financialYearOfDay(input.spentOn);
    if (year !== before.year) {
      if ((await tx.budgetAllocation.count({ where: { year } })) === 0)
        throw new DomainError("Set the budget for that financial year before moving spending into it.", {
          spentOn: "There is no budget for the financial year of this date",
        });
      if (await isYearClosed(tx, year))
        throw new DomainError("The annual report for that year is published, so spending cannot move into it.", {
          spentOn: "The annual report for this date's year is published",
        });
    }
    await tx.spendLine.update({
      where: { id: input.spendLineId },
      data: {
        year,
        spentOn: input.spentOn,
        amountPence: input.amount,
        category: input.category,
        supplier: input.supplier,
        description: input.description,
        status: input.status,
      },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "budget.spend_corrected",
      entityType: "SpendLine",
      entityId: input.spendLineId,
      details: {
        before: { ...before, spentOn: isoDay(before.spentOn) },
        after: { on: isoDay(input.spentOn), pence: input.amount, category: input.category, status: input.status },
      },
    });
    return { year };
  });
