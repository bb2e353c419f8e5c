import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { timescaleOf } from "@/lib/measures/complaints";
import { fromDbDate, loadClock, toDbDate } from "./clock";
import { changedMeanwhile, currentStage } from "./guards";
import { dueDates, OPEN_STATUSES } from "./rules";

type Options = { actor: Actor; feedbackId: string; extensionWorkingDays: number };

/**
 * An extension agreed with the complainant moves the answer date, up to the regime's cap, and is carried into the
 * complaints file (extension_working_days) so the figures allow for it too.
 */
export const agreeExtension = async ({ actor, feedbackId, extensionWorkingDays }: Options) => {
  const clock = await loadClock();
  await db.$transaction(async (tx) => {
    const item = await currentStage(tx, feedbackId);
    if (item.kind !== "COMPLAINT") throw new DomainError("Only a complaint's timescale can be extended.");
    const stage = item.stage as 1 | 2;
    const { extensionCap } = timescaleOf(clock.regime, stage);
    if (extensionWorkingDays > extensionCap) {
      throw new DomainError(`An extension at this stage can be at most ${extensionCap} working days.`, {
        extensionWorkingDays: `Enter ${extensionCap} working days or fewer`,
      });
    }
    const due = dueDates(
      {
        kind: item.kind,
        stage,
        receivedOn: fromDbDate(item.current.receivedOn),
        acknowledgedOn: item.current.acknowledgedOn && fromDbDate(item.current.acknowledgedOn),
        extensionWorkingDays,
      },
      clock,
    );
    const { count } = await tx.feedback.updateMany({
      where: { id: feedbackId, stage, status: { in: OPEN_STATUSES } },
      data: { answerBy: toDbDate(due.answerBy) },
    });
    if (count === 0) throw changedMeanwhile("it has already been answered");
    await tx.feedbackStage.update({
      where: { feedbackId_stage: { feedbackId, stage } },
      data: { extensionWorkingDays },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "feedback.extension_agreed",
      entityType: "Feedback",
      entityId: feedbackId,
      details: { stage, extensionWorkingDays },
    });
  });
};
