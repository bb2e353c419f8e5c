import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";

/** Replaces the list of staff who were at the event with the ones ticked. */
export const setStaffPresent = async ({
  actor,
  eventId,
  userIds,
}: {
  actor: Actor;
  eventId: string;
  userIds: string[];
}) =>
  db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true } });
    if (!event) throw notFoundError("event");
    const staff = await tx.user.findMany({
      where: { id: { in: userIds }, role: { in: ["OFFICER", "ADMIN"] }, disabledAt: null },
      select: { id: true },
    });
    if (staff.length !== new Set(userIds).size)
      throw new DomainError("Choose staff from the list.", { userIds: "Choose staff from the list" });
    await tx.eventStaff.deleteMany({ where: { eventId } });
    await tx.eventStaff.createMany({ data: staff.map(({ id }) => ({ eventId, userId: id })) });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "event.staff_present.set",
      entityType: "Event",
      entityId: eventId,
      details: { userIds: staff.map((s) => s.id) },
    });
  });
