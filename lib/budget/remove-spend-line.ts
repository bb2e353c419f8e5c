import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isoDay } from "@/lib/uk-time";
import { lockChangeableSpendLine } from "./open-spend-line";

/** Removes a spending line recorded by mistake; the audit event keeps everything it said. */
export const removeSpendLine = ({ actor, spendLineId }: { actor: Actor; spendLineId: string }) =>
  db.$transaction(async (tx) => {
    const line = await lockChangeableSpendLine(tx, spendLineId);
    await tx.spendLine.delete({ where: { id: spendLineId } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "budget.spend_removed",
      entityType: "SpendLine",
      entityId: spendLineId,
      details: { ...line, spentOn: isoDay(line.spentOn) },
    });
    return { year: line.year };
  });
