import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

/** Sets (never adds to) the count of people who came without giving names, so sending it twice cannot double it. */
export const setUnnamedAttendees = async ({
  actor,
  eventId,
  unnamedAttendees,
}: {
  actor: Actor;
  eventId: string;
  unnamedAttendees: number;
}) =>
  db.$transaction(async (tx) => {
    const { count } = await tx.event.updateMany({ where: { id: eventId }, data: { unnamedAttendees } });
    if (count === 0) throw notFoundError("event");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "event.unnamed_attendees.set",
      entityType: "Event",
      entityId: eventId,
      details: { unnamedAttendees },
    });
  });
