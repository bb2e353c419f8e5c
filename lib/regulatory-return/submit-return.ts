import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { openReturn } from "./open-return";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Regime } from "@/lib/generated/prisma/enums";
import { liveReturnFigures } from "./figures";
import type { ReturnSubmission } from "./schemas";

/**
 * Marks a year's return as submitted to the regulator: its figures as they stand are kept as the snapshot, and
 * from then on the database refuses any change to it. Indicators still missing may be submitted as missing:
 * a landlord that does not collect one says so to the regulator.
 */
export const submitReturn = async ({
  actor,
  regime,
  submission,
  now = new Date(),
}: {
  actor: Actor & { name: string };
  regime: Regime;
  submission: ReturnSubmission;
  now?: Date;
}) => {
  const figures = await liveReturnFigures(regime, submission.year);
  if (figures.lines.every((line) => line.value === null))
    throw new DomainError("This return has no figures yet. Close the year's survey or enter its figures first.");
  return db.$transaction(async (tx) => {
    const stored = await openReturn(tx, regime, submission.year);
    // Conditional, so two officers submitting at once cannot both pass.
    const { count } = await tx.regulatoryReturn.updateMany({
      where: { id: stored.id, submittedAt: null },
      data: {
        submittedAt: now,
        submittedById: actor.id,
        submittedByName: actor.name,
        reference: submission.reference,
        snapshot: figures as unknown as Prisma.InputJsonValue,
      },
    });
    if (count === 0) throw new DomainError("This return has already been submitted.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "measures.return.submitted",
      entityType: "RegulatoryReturn",
      entityId: stored.id,
      details: { year: submission.year, reference: submission.reference, note: submission.note ?? null },
    });
    return stored;
  });
};
