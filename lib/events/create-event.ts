import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { eventData } from "./event-data";
import type { EventInput } from "./schemas";

export const createEvent = async ({ actor, input }: { actor: Actor; input: EventInput }) =>
  db.$transaction(async (tx) => {
    const data = await eventData(tx, input);
    const event = await tx.event.create({ data, select: { id: true } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "event.created",
      entityType: "Event",
      entityId: event.id,
      details: { title: input.title, kind: input.kind },
    });
    return event;
  });
