import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Tx } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { groupWorkAccess, type GroupWorker } from "@/lib/groups/work-access";

export const MONITORING_NOT_FOUND = notFoundError("monitoring review");

/**
 * The strategy a monitoring group reviews, checked for the worker: a member of its monitoring group or a
 * supporting officer. A strategy with no monitoring group, or someone from another group, gets "not found".
 */
export const strategyForMonitoring = async (tx: Tx, worker: GroupWorker, strategyId: string, now: Date) => {
  const strategy = await tx.strategy.findUnique({
    where: { id: strategyId },
    select: { id: true, monitoringGroupId: true },
  });
  if (!strategy?.monitoringGroupId) throw MONITORING_NOT_FOUND;
  const access = await groupWorkAccess(worker, strategy.monitoringGroupId, now, tx).catch(() => {
    throw MONITORING_NOT_FOUND;
  });
  return { strategyId: strategy.id, groupId: strategy.monitoringGroupId, access };
};

type ReviewKey = { strategyId: string; groupId: string; year: number; quarter: number };

/** The period's review, created on the group's first note, and locked so a note and the decision cannot race. */
export const lockMonitoringReview = async (tx: Tx, { strategyId, groupId, year, quarter }: ReviewKey) => {
  const { id } = await tx.monitoringReview.upsert({
    where: { strategyId_year_quarter: { strategyId, year, quarter } },
    create: { strategyId, groupId, year, quarter },
    update: {},
    select: { id: true },
  });
  const [review] = await tx.$queryRaw<{ id: string; outcome: string | null }[]>`
    SELECT id, outcome::text FROM "MonitoringReview" WHERE id = ${id} FOR UPDATE`;
  return review!;
};

export const auditMonitoring = (
  tx: Tx,
  actorId: string,
  action: string,
  entityType: string,
  entityId: string,
  details: Prisma.InputJsonValue,
) => recordAuditEvent(tx, { actorId, action: `monitoring.${action}`, entityType, entityId, details });
