import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { findCustomerForWalkIn } from "./find-customer";
import { attendanceProblem } from "./rules";

type Options = { actor: Actor; eventId: string; reference: string; now?: Date };

/**
 * Records a known customer who came without registering, found by reference or name; one who had registered is
 * simply marked attended.
 */
export const addWalkIn = async ({ actor, eventId, reference, now = new Date() }: Options) =>
  db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true, startsAt: true } });
    if (!event) throw notFoundError("event");
    const early = attendanceProblem(event, now);
    if (early) throw new DomainError(early);
    const customer = await findCustomerForWalkIn(tx, reference);
    const registration = await tx.eventRegistration.findUnique({
      where: { eventId_customerId: { eventId, customerId: customer.id } },
      select: { id: true },
    });
    // The (event, customer) key means a second entry is refused by the database, not just here.
    const { count } = await tx.eventAttendance.createMany({
      data: [{ eventId, customerId: customer.id, walkIn: !registration, recordedAt: now }],
      skipDuplicates: true,
    });
    const name = `${customer.firstName} ${customer.lastName} (${customer.reference})`;
    if (count === 0)
      throw new DomainError(`${name} is already marked as attended.`, {
        reference: `${name} is already marked as attended`,
      });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "event.attendance.walk_in_added",
      entityType: "Event",
      entityId: eventId,
      details: { customerId: customer.id, registered: Boolean(registration) },
    });
    return { name };
  });
