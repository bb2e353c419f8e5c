import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ManagementQuarter } from "./schemas";

/** Writes the figures entered for one quarter (one row per measure, replaced if already there), all or none. */
export const saveManagementQuarter = async ({ actor, quarter }: { actor: Actor; quarter: ManagementQuarter }) => {
  if (quarter.figures.length === 0) throw new DomainError("Enter the figures for at least one measure.");
  await db.$transaction(async (tx) => {
    for (const { code, numerator, denominator, note } of quarter.figures) {
      const key = { code, year: quarter.year, quarter: quarter.quarter };
      await tx.managementMeasure.upsert({
        where: { code_year_quarter: key },
        create: { ...key, numerator, denominator, note, enteredById: actor.id },
        update: { numerator, denominator, note, enteredById: actor.id },
      });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "measures.management.saved",
      entityType: "ManagementMeasure",
      entityId: `${quarter.year}-Q${quarter.quarter}`,
      details: { codes: quarter.figures.map(({ code }) => code) },
    });
  });
};
