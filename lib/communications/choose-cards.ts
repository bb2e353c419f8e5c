import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import type { CardKind } from "./cards";

/** Which cards a draft shows; they are filled from the portal in its preview and frozen into it when it is sent. */
export const chooseCards = async ({
  actor,
  communicationId,
  kinds,
}: {
  actor: Actor;
  communicationId: string;
  kinds: CardKind[];
}) =>
  db.$transaction(async (tx) => {
    const { count } = await tx.communication.updateMany({
      where: { id: communicationId, status: "DRAFT" },
      data: { cards: kinds.map((kind) => ({ kind })) },
    });
    if (count === 0) {
      const exists = await tx.communication.count({ where: { id: communicationId } });
      if (!exists) throw notFoundError("newsletter");
      throw new DomainError("This newsletter has been sent, so it can no longer change.");
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "communication.cards.changed",
      entityType: "Communication",
      entityId: communicationId,
      details: { cards: kinds.join(", ") || "none" },
    });
    return { id: communicationId };
  });
