import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { attendanceProblem } from "./rules";

/** Sets (never adds to) the count of people who came without giving names, so sending it twice cannot double it. */
export const setUnnamedAttendees = async ({
  actor,
  eventId,
  unnamedAttendees,
  now = new Date(),
}: {
  actor: Actor;
  eventId: string;
  unnamedAttendees: number;
  now?: Date;
}) =>
  db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { startsAt: true } });
    if (!event) throw notFoundError("event");
    const early = attendanceProblem(event, now);
    if (early) throw new DomainError(early);
    await tx.event.update({ where: { id: eventId }, data: { unnamedAttendees } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "event.unnamed_attendees.set",
      entityType: "Event",
      entityId: eventId,
      details: { unnamedAttendees },
    });
  });
