import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, isUniqueViolation, notFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

type Options = { actor: Actor; eventId: string; person: { customerId: string } | { userId: string } };

/** Records that a tenant who attended, or a member of staff who was there, completed the session's course. */
export const recordCompletion = async ({ actor, eventId, person }: Options) => {
  try {
    await db.$transaction(async (tx) => {
      const event = await tx.event.findUnique({ where: { id: eventId }, select: { courseId: true, startsAt: true } });
      if (!event) throw notFoundError("event");
      if (!event.courseId) throw new DomainError("Only training sessions record course completions.");
      const present =
        "customerId" in person
          ? await tx.eventAttendance.findUnique({
              where: { eventId_customerId: { eventId, customerId: person.customerId } },
            })
          : await tx.eventStaff.findUnique({ where: { eventId_userId: { eventId, userId: person.userId } } });
      if (!present)
        throw new DomainError("Mark the person as attended before recording that they completed the course.");
      const completion = await tx.trainingCompletion.create({
        data: { courseId: event.courseId, eventId, completedAt: event.startsAt, ...person },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "training.completion.recorded",
        entityType: "TrainingCompletion",
        entityId: completion.id,
        details: { eventId, ...person },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError("This person has already completed this course.");
    }
    throw error;
  }
};
