import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";

/** Money committed has now been paid: conditional, so a line is moved to spent once. */
export const markSpent = ({ actor, spendLineId }: { actor: Actor; spendLineId: string }) =>
  db.$transaction(async (tx) => {
    const { count } = await tx.spendLine.updateMany({
      where: { id: spendLineId, status: "COMMITTED" },
      data: { status: "SPENT" },
    });
    if (count === 0) {
      const exists = await tx.spendLine.count({ where: { id: spendLineId } });
      if (!exists) throw notFoundError("spending line");
      throw new DomainError("That spending is already recorded as spent.");
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "budget.spend_paid",
      entityType: "SpendLine",
      entityId: spendLineId,
    });
  });
