import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";

export const ROUND_NOT_FOUND = "We could not find that survey round.";

/** A closed round's results become public; the conditional update stops two clicks publishing twice. */
export const publishRound = ({ actor, roundId, now = new Date() }: { actor: { id: string }; roundId: string; now?: Date }) =>
  db.$transaction(async (tx) => {
    const { count } = await tx.surveyRound.updateMany({ where: { id: roundId, status: "CLOSED" }, data: { status: "PUBLISHED", publishedAt: now } });
    if (count === 0) {
      const round = await tx.surveyRound.findUnique({ where: { id: roundId }, select: { status: true } });
      if (!round) throw new DomainError(ROUND_NOT_FOUND, {}, "not-found");
      throw new DomainError(
        round.status === "OPEN"
          ? "Close the round to responses before publishing its results."
          : "These results have already been published.",
      );
    }
    await recordAuditEvent(tx, { actorId: actor.id, action: "measures.round.published", entityType: "SurveyRound", entityId: roundId });
  });
