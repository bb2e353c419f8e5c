import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { eventData } from "./event-data";
import { lockEvent, promoteFromWaitingList } from "./places";
import type { EventInput } from "./schemas";

/** Saves an officer's changes; more places move people up from the waiting list at once. */
export const updateEvent = async ({ actor, eventId, input }: { actor: Actor; eventId: string; input: EventInput }) =>
  db.$transaction(async (tx) => {
    await lockEvent(tx, eventId);
    const data = await eventData(tx, input);
    await tx.event.update({ where: { id: eventId }, data });
    const promoted = await promoteFromWaitingList(tx, { id: eventId, capacity: input.capacity });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "event.updated",
      entityType: "Event",
      entityId: eventId,
      details: { title: input.title, promotedFromWaitingList: promoted },
    });
  });
