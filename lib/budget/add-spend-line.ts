import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isoDay } from "@/lib/uk-time";
import { spendLineData, yearTakingSpending } from "./open-spend-line";
import type { SpendLineInput } from "./schemas";

/**
 * Records money committed or spent. Grant payments are made from the grant (pay-grant.ts), so the grants
 * category here is for other grant costs only if they are not payments to a group.
 */
export const addSpendLine = ({ actor, input }: { actor: Actor; input: SpendLineInput }) =>
  db.$transaction(async (tx) => {
    const year = await yearTakingSpending(tx, input.spentOn, "recording spending in it");
    const line = await tx.spendLine.create({
      data: spendLineData(input, year),
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
