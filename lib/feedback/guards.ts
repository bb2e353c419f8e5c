import type { Tx } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";

/** The item and its running stage, or "not found" (which the form action answers with a 404). */
export const currentStage = async (tx: Tx, feedbackId: string) => {
  const item = await tx.feedback.findUnique({
    where: { id: feedbackId },
    select: {
      id: true,
      kind: true,
      status: true,
      stage: true,
      customerId: true,
      stages: { orderBy: { stage: "desc" }, take: 1 },
    },
  });
  const stage = item?.stages[0];
  if (!item || !stage) throw notFoundError("feedback");
  return { ...item, current: stage };
};

/** Another officer got there first: the conditional update matched nothing. */
export const changedMeanwhile = (what: string) =>
  new DomainError(`This feedback has changed since you opened it: ${what}. Reload the page to see it.`);
