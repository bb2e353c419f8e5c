import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { attendanceProblem } from "./rules";

/** Ticks off a registered customer at the door; ticking twice changes nothing, so nobody is counted twice. */
export const markAttended = async ({
  actor,
  eventId,
  customerId,
  now = new Date(),
}: {
  actor: Actor;
  eventId: string;
  customerId: string;
  now?: Date;
}) =>
  db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { startsAt: true } });
    const early = event && attendanceProblem(event, now);
    if (early) throw new DomainError(early);
    const registration = await tx.eventRegistration.findUnique({
      where: { eventId_customerId: { eventId, customerId } },
      select: { id: true },
    });
    if (!registration) throw new DomainError("That customer is not registered for this event. Add them as a walk-in.");
    const { count } = await tx.eventAttendance.createMany({
      data: [{ eventId, customerId, walkIn: false, recordedAt: now }],
      skipDuplicates: true,
    });
    if (count > 0) {
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "event.attendance.marked",
        entityType: "Event",
        entityId: eventId,
        details: { customerId },
      });
    }
  });
