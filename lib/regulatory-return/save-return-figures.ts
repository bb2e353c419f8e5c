import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { openReturn } from "./open-return";
import { DomainError } from "@/lib/errors";
import type { Regime } from "@/lib/generated/prisma/enums";
import type { ReturnFiguresInput } from "./schemas";

/** Writes the indicators an officer entered for a year's return (Scotland), all or none; refused once submitted. */
export const saveReturnFigures = async ({
  actor,
  regime,
  input,
}: {
  actor: Actor;
  regime: Regime;
  input: ReturnFiguresInput;
}) => {
  if (regime !== "SCOTLAND") throw new DomainError("Only the Scottish return has figures entered by hand.");
  if (input.figures.length === 0) throw new DomainError("Enter at least one figure.");
  await db.$transaction(async (tx) => {
    const stored = await openReturn(tx, regime, input.year);
    if (stored.submittedAt)
      throw new DomainError("This return has been submitted to the regulator, so its figures can no longer change.");
    for (const { code, value } of input.figures) {
      await tx.returnFigure.upsert({
        where: { returnId_code: { returnId: stored.id, code } },
        create: { returnId: stored.id, code, value, enteredById: actor.id },
        update: { value, enteredById: actor.id },
      });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "measures.return.figures_saved",
      entityType: "RegulatoryReturn",
      entityId: stored.id,
      details: { year: input.year, codes: input.figures.map(({ code }) => code) },
    });
  });
};
