import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { canMoveTo, FULL_REVIEW_YEARS, incompleteCharacteristics, statusesBefore } from "./rules";

import type { Actor } from "@/lib/auth/actor";
import { addYears, isoDay } from "@/lib/uk-time";

type Options = {
  actor: Actor;
  strategyId: string;
  approvedBy: string;
  approvedOn: Date;
  minuteRef: string;
};

/**
 * Records the board's approval. The version it replaces becomes superseded in the same transaction, so there is
 * never a moment with two approved strategies or none. Approvals queue on one transaction-scoped lock: two drafts
 * approved at the same moment would otherwise each supersede only what was approved before both began.
 */
export const approveStrategy = async ({ actor, strategyId, approvedBy, approvedOn, minuteRef }: Options) =>
  db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('strategy.approval'))`;
    const strategy = await tx.strategy.findUnique({
      where: { id: strategyId },
      select: { status: true, consultationStartedOn: true },
    });
    if (!strategy) throw notFoundError("strategy");
    if (!canMoveTo(strategy.status, "APPROVED")) {
      throw new DomainError(
        strategy.status === "DRAFT"
          ? "Send the strategy to tenants for consultation before it is approved."
          : "This strategy has already been approved.",
      );
    }
    const [questions, assessments] = await Promise.all([
      tx.equalityQuestion.findMany({ orderBy: { position: "asc" }, select: { key: true, label: true } }),
      tx.equalityAssessment.findMany({
        where: { strategyId },
        select: { characteristicKey: true, impact: true, evidence: true, mitigation: true },
      }),
    ]);
    const missing = incompleteCharacteristics(
      questions,
      new Map(assessments.map((row) => [row.characteristicKey, { ...row, mitigation: row.mitigation ?? undefined }])),
    );
    if (missing.length > 0) {
      throw new DomainError(
        `The strategy cannot be approved until the equality impact assessment is complete. Still to assess: ${missing.join(", ")}.`,
      );
    }
    const { count } = await tx.strategy.updateMany({
      where: { id: strategyId, status: { in: statusesBefore("APPROVED") } },
      data: {
        status: "APPROVED",
        approvedBy,
        approvedOn,
        approvalMinuteRef: minuteRef,
        fullReviewDueOn: addYears(approvedOn, FULL_REVIEW_YEARS),
        kpiReviewDueOn: addYears(approvedOn, 1),
        tenantConsultationOn: strategy.consultationStartedOn,
      },
    });
    if (count === 0) throw new DomainError("This strategy has already been approved.");
    const superseded = await tx.strategy.updateMany({
      where: { status: { in: statusesBefore("SUPERSEDED") }, id: { not: strategyId } },
      data: { status: "SUPERSEDED" },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "strategy.approved",
      entityType: "Strategy",
      entityId: strategyId,
      details: { approvedBy, approvedOn: isoDay(approvedOn), minuteRef, superseded: superseded.count },
    });
  });
