import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { CourseInput } from "./schemas";

/** Adds a training course; its sessions are then added as training-session events. */
export const createCourse = async ({ actor, input }: { actor: Actor; input: CourseInput }) => {
  try {
    return await db.$transaction(async (tx) => {
      const course = await tx.trainingCourse.create({ data: input, select: { id: true } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "training.course.created",
        entityType: "TrainingCourse",
        entityId: course.id,
        details: { title: input.title },
      });
      return course;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DomainError("There is already a course with that name.", {
        title: "Choose a name no other course has",
      });
    }
    throw error;
  }
};
