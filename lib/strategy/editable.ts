import type { Tx } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { EDITABLE_STATUSES } from "./rules";

export const NOT_EDITABLE =
  "This strategy has been approved, so it can no longer be changed. Start a new draft to make changes.";

/**
 * Claims the strategy for an edit with a conditional update, so an edit racing an approval cannot slip in
 * after it: the row is locked until the transaction ends, and a strategy already approved matches nothing.
 */
export const lockEditableStrategy = async (tx: Tx, strategyId: string, now: Date) => {
  const { count } = await tx.strategy.updateMany({
    where: { id: strategyId, status: { in: [...EDITABLE_STATUSES] } },
    data: { updatedAt: now },
  });
  if (count === 1) return;
  const exists = await tx.strategy.findUnique({ where: { id: strategyId }, select: { id: true } });
  throw exists ? new DomainError(NOT_EDITABLE) : notFoundError("strategy");
};
