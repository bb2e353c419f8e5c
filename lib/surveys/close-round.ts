import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { roundNotFound } from "./guards";
import type { Actor } from "@/lib/auth/actor";

/** Stops a round taking responses. Conditional, so two officers closing at once cannot both succeed. */
export const closeRound = ({ actor, roundId, now = new Date() }: { actor: Actor; roundId: string; now?: Date }) =>
  db.$transaction(async (tx) => {
    const { count } = await tx.surveyRound.updateMany({
      where: { id: roundId, status: "OPEN" },
      data: { status: "CLOSED", closedAt: now },
    });
    if (count === 0) {
      if (!(await tx.surveyRound.findUnique({ where: { id: roundId }, select: { id: true } }))) throw roundNotFound();
      throw new DomainError("This survey round is already closed.");
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "survey-round.closed",
      entityType: "SurveyRound",
      entityId: roundId,
    });
  });
