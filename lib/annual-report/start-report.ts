import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import { financialYearLabel } from "@/lib/uk-time";
import { startableYears } from "./rules";

type Options = { actor: Actor; year: number; now?: Date };

/** Starts the draft report for the year just ended or the year under way; one report per year. */
export const startReport = async ({ actor, year, now = new Date() }: Options) => {
  if (!startableYears(now).includes(year))
    throw new DomainError("Start a report for the year under way or one of the ten before it.", {
      year: "Choose a year from the list",
    });
  try {
    return await db.$transaction(async (tx) => {
      const report = await tx.annualReport.create({ data: { year }, select: { id: true, year: true } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "annual_report.started",
        entityType: "AnnualReport",
        entityId: report.id,
        details: { year },
      });
      return report;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new DomainError(`There is already a report for ${financialYearLabel(year)}.`, {
      year: "There is already a report for this year: open it from the list",
    });
  }
};
