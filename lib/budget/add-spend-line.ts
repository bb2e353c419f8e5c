import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { isoDay } from "@/lib/uk-time";
import { isYearClosed } from "./open-spend-line";
import { financialYearOfDay } from "./rules";
import type { SpendLineInput } from "./schemas";

/**
 * Records money committed or spent. Grant payments are made from the grant (pay-grant.ts), so the grants
 * category here is for other grant costs only if they are not payments to a group.
 */
export const addSpendLine = ({ actor, input }: { actor: Actor; input: SpendLineInput }) =>
  db.$transaction(async (tx) => {
    const year = financialYearOfDay(input.spentOn);
    const budget = await tx.budgetAllocation.count({ where: { year } });
    if (budget === 0) {
      throw new DomainError("Set the budget for that financial year before recording spending in it.", {
        spentOn: "There is no budget for the financial year of this date",
      });
    }
    if (await isYearClosed(tx, year))
      throw new DomainError("The annual report for that year is published, so its spending can no longer change.", {
        spentOn: "The annual report for this date's year is published",
      });
    const line = await tx.spendLine.create({
      data: {
        year,
        spentOn: input.spentOn,
        amountPence: input.amount,
        category: input.category,
        supplier: input.supplier,
        description: input.description,
        status: input.status,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "budget.spend_recorded",
      entityType: "SpendLine",
      entityId: line.id,
      details: { on: isoDay(input.spentOn), pence: input.amount, category: input.category, status: input.status },
    });
    return line;
  });
