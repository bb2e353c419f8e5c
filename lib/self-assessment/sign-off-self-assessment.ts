import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import type { Regime } from "@/lib/generated/prisma/enums";
import { listOf } from "@/lib/format";
import { getSelfAssessment } from "./queries";
import type { SignOff } from "./schemas";

/**
 * Records the board's sign-off (who, the meeting's date, the minute). Only a complete assessment can be signed
 * off; from then on the database refuses any change to it.
 */
export const signOffSelfAssessment = async ({
  actor,
  regime,
  signOff,
  now = new Date(),
}: {
  actor: Actor;
  regime: Regime;
  signOff: SignOff;
  now?: Date;
}) => {
  const view = await getSelfAssessment(regime, signOff.year);
  if (!view.id) throw notFoundError("self-assessment");
  if (view.signOff) throw new DomainError("The board has already signed this self-assessment off.");
  if (view.blockers.length > 0)
    throw new DomainError(`This self-assessment is not finished: ${listOf(view.blockers)}.`);
  if (signOff.signedOffOn > now)
    throw new DomainError("The board cannot sign off on a day still to come.", {
      signedOffOn: "Enter the date of a meeting that has happened",
    });
  await db.$transaction(async (tx) => {
    // Conditional, so two sign-offs racing cannot both pass.
    const { count } = await tx.selfAssessment.updateMany({
      where: { id: view.id ?? "", signedOffAt: null },
      data: {
        signedOffAt: now,
        signedOffBy: signOff.signedOffBy,
        signedOffOn: signOff.signedOffOn,
        minuteRef: signOff.minuteRef,
        recordedById: actor.id,
      },
    });
    if (count === 0) throw new DomainError("The board has already signed this self-assessment off.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "self_assessment.signed_off",
      entityType: "SelfAssessment",
      entityId: view.id ?? "",
      details: { year: signOff.year, minuteRef: signOff.minuteRef, note: signOff.note ?? null },
    });
  });
};
