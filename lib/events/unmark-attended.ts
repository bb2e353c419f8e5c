import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

/**
 * Undoes a tick made by mistake at the door. A recorded course completion rests on the attendance, so it has to
 * go first; otherwise the figures would show a completion by someone who was not there.
 */
export const unmarkAttended = async ({
  actor,
  eventId,
  customerId,
}: {
  actor: Actor;
  eventId: string;
  customerId: string;
}) =>
  db.$transaction(async (tx) => {
    const completed = await tx.trainingCompletion.count({ where: { eventId, customerId } });
    if (completed > 0)
      throw new DomainError("This person has a course completion recorded at this event, so their attendance stays.");
    const { count } = await tx.eventAttendance.deleteMany({ where: { eventId, customerId } });
    if (count === 0) throw new DomainError("That person is not marked as attended.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "event.attendance.unmarked",
      entityType: "Event",
      entityId: eventId,
      details: { customerId },
    });
  });
