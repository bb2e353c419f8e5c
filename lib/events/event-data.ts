import type { Tx } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { EventInput } from "./schemas";

/** Checks the chosen area, group and course exist, so a stale or forged id is a clear refusal, not a 500. */
export const eventData = async (tx: Tx, input: EventInput) => {
  const [area, group, course] = await Promise.all([
    input.areaId ? tx.area.findUnique({ where: { id: input.areaId }, select: { id: true } }) : null,
    input.groupId ? tx.group.findUnique({ where: { id: input.groupId }, select: { id: true } }) : null,
    input.courseId ? tx.trainingCourse.findUnique({ where: { id: input.courseId }, select: { id: true } }) : null,
  ]);
  const fieldErrors: Record<string, string> = {};
  if (input.areaId && !area) fieldErrors.areaId = "Choose an area from the list";
  if (input.groupId && !group) fieldErrors.groupId = "Choose a group from the list";
  if (input.courseId && !course) fieldErrors.courseId = "Choose a course from the list";
  if (Object.keys(fieldErrors).length > 0) throw new DomainError("Choose from the lists given.", fieldErrors);
  return {
    ...input,
    description: input.description ?? null,
    venue: input.venue ?? null,
    joiningLink: input.joiningLink ?? null,
    accessibilityNotes: input.accessibilityNotes ?? null,
    areaId: input.areaId ?? null,
    groupId: input.groupId ?? null,
    courseId: input.courseId ?? null,
    registrationOpensAt: input.registrationOpensAt ?? null,
    registrationClosesAt: input.registrationClosesAt ?? null,
  };
};
