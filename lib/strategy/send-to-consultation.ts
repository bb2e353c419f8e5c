import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isoDay } from "@/lib/uk-time";
import { statusesBefore } from "./rules";

type Options = { actor: Actor; strategyId: string; startedOn: Date; reference?: string };

export const sendToConsultation = async ({ actor, strategyId, startedOn, reference }: Options) =>
  db.$transaction(async (tx) => {
    const { count } = await tx.strategy.updateMany({
      where: { id: strategyId, status: { in: statusesBefore("CONSULTATION") } },
      data: { status: "CONSULTATION", consultationStartedOn: startedOn, consultationReference: reference ?? null },
    });
    if (count === 0) throw new DomainError("Only a draft can be sent for consultation. This strategy is not a draft.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "strategy.sent_to_consultation",
      entityType: "Strategy",
      entityId: strategyId,
      details: { startedOn: isoDay(startedOn), reference: reference ?? null },
    });
  });
