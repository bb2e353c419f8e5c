import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isoDay } from "@/lib/uk-time";
import { lockChangeableSpendLine, spendLineData, yearTakingSpending } from "./open-spend-line";
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
    // Moving a line into another year asks what adding it there would; within its own year the lock has asked.
    const year =
      financialYearOfDay(input.spentOn) === before.year
        ? before.year
        : await yearTakingSpending(tx, input.spentOn, "moving spending into it");
    await tx.spendLine.update({
      where: { id: input.spendLineId },
      data: spendLineData(input, year),
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
