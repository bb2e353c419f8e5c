import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { KpiValueInput } from "./schemas";
import { KPI_NOT_FOUND } from "./update-kpi";
import { quarterBounds } from "@/lib/uk-time";

/**
 * Records a hand-entered quarterly figure (service standards, budget and spend). Only KPIs entered by hand take
 * one: a computed figure typed over would hide where it came from. A quarter must have started to be reported.
 */
export const enterKpiValue = async ({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: KpiValueInput;
  now?: Date;
}) => {
  const {
    kpiId,
    period: { year, quarter },
    value,
    note,
  } = input;
  if (quarterBounds({ year, quarter }).start > now)
    throw new DomainError("That quarter has not started yet.", { quarter: "Choose a quarter that has started" });
  await db.$transaction(async (tx) => {
    const kpi = await tx.kpi.findUnique({ where: { id: kpiId }, select: { source: true, unit: true } });
    if (!kpi) throw KPI_NOT_FOUND;
    if (kpi.source !== "MANUAL")
      throw new DomainError("This KPI is worked out by Involve from its own records, so it cannot be entered by hand.");
    if (kpi.unit === "PERCENT" && (value < 0 || value > 100))
      throw new DomainError("A percentage must be from 0 to 100.", { value: "Enter a percentage from 0 to 100" });
    if (value < 0) throw new DomainError("The figure cannot be negative.", { value: "Enter a figure of 0 or more" });
    const key = { kpiId, year, quarter };
    const before = await tx.kpiValue.findUnique({ where: { kpiId_year_quarter: key }, select: { value: true } });
    await tx.kpiValue.upsert({
      where: { kpiId_year_quarter: key },
      create: { ...key, value, note: note ?? null, enteredById: actor.id, enteredAt: now },
      update: { value, note: note ?? null, enteredById: actor.id, enteredAt: now },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "kpi.value_entered",
      entityType: "Kpi",
      entityId: kpiId,
      details: { year, quarter, value, before: before?.value ?? null },
    });
  });
};
