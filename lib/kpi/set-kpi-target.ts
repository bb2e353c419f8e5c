import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { KpiTargetInput } from "./schemas";
import { KPI_NOT_FOUND } from "./update-kpi";

/** Sets (or corrects) a KPI's target and amber tolerance for one financial year. */
export const setKpiTarget = async ({ actor, input }: { actor: Actor; input: KpiTargetInput }) => {
  const { kpiId, year, target, amberTolerance } = input;
  await db.$transaction(async (tx) => {
    const kpi = await tx.kpi.findUnique({ where: { id: kpiId }, select: { unit: true } });
    if (!kpi) throw KPI_NOT_FOUND;
    if (kpi.unit === "PERCENT" && (target < 0 || target > 100))
      throw new DomainError("A percentage target must be from 0 to 100.", { target: "Enter a target from 0 to 100" });
    const before = await tx.kpiTarget.findUnique({
      where: { kpiId_year: { kpiId, year } },
      select: { target: true, amberTolerance: true },
    });
    await tx.kpiTarget.upsert({
      where: { kpiId_year: { kpiId, year } },
      create: { kpiId, year, target, amberTolerance, setById: actor.id },
      update: { target, amberTolerance, setById: actor.id },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "kpi.target_set",
      entityType: "Kpi",
      entityId: kpiId,
      details: { year, target, amberTolerance, before },
    });
  });
};
