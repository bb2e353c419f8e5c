import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { roundNotFound } from "./guards";

/** A closed round's results become public; the conditional update stops two clicks publishing twice. */
export const publishRound = ({ actor, roundId, now = new Date() }: { actor: Actor; roundId: string; now?: Date }) =>
  db.$transaction(async (tx) => {
    const { count } = await tx.surveyRound.updateMany({
      where: { id: roundId, status: "CLOSED" },
      data: { status: "PUBLISHED", publishedAt: now },
    });
    if (count === 0) {
      const round = await tx.surveyRound.findUnique({ where: { id: roundId }, select: { status: true } });
      if (!round) throw roundNotFound();
      throw new DomainError(
        round.status === "OPEN"
          ? "Close the round to responses before publishing its results."
          : "These results have already been published.",
      );
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "measures.round.published",
      entityType: "SurveyRound",
      entityId: roundId,
    });
  });
