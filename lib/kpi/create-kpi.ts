import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import type { KpiDetails } from "./schemas";

export const CODE_TAKEN = new DomainError("Another KPI already has that code.", {
  code: "Another KPI already has that code: choose another",
});

/** Adds a KPI to the library; the code is unique (a database constraint), so two officers cannot both take it. */
export const createKpi = async ({ actor, details }: { actor: Actor; details: KpiDetails }) => {
  try {
    return await db.$transaction(async (tx) => {
      const position = await tx.kpi.count({ where: { section: details.section } });
      const kpi = await tx.kpi.create({
        data: { ...details, sourceCode: details.sourceCode ?? null, position },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "kpi.created",
        entityType: "Kpi",
        entityId: kpi.id,
        details: { ...details },
      });
      return kpi;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw CODE_TAKEN;
    throw error;
  }
};
