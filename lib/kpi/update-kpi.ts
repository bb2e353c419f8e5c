import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { isUniqueViolation, notFoundError } from "@/lib/errors";
import { CODE_TAKEN } from "./create-kpi";
import { kpiDefinitionSelect } from "./queries";
import type { KpiDetails } from "./schemas";

export const KPI_NOT_FOUND = notFoundError("KPI");

/** Changes a KPI's definition; the audit event keeps what it was before, since packs already presented quote it. */
export const updateKpi = async ({ actor, kpiId, details }: { actor: Actor; kpiId: string; details: KpiDetails }) => {
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.kpi.findUnique({
        where: { id: kpiId },
        select: kpiDefinitionSelect,
      });
      if (!before) throw KPI_NOT_FOUND;
      await tx.kpi.update({ where: { id: kpiId }, data: { ...details, sourceCode: details.sourceCode ?? null } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "kpi.updated",
        entityType: "Kpi",
        entityId: kpiId,
        details: { before, after: { ...details } },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw CODE_TAKEN;
    throw error;
  }
};
