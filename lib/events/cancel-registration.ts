import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { isStaff, type Actor } from "@/lib/auth/actor";
import { lockEvent, promoteFromWaitingList } from "./places";

type Options = {
  actor: Actor;
  registrationId: string;
  /** Set for a tenant: only their own registration is found, so anyone else's id is "not found". */
  customerId?: string;
};

/** Gives up a place (or a waiting-list place); the first person waiting takes a freed place. */
export const cancelRegistration = async ({ actor, registrationId, customerId }: Options) =>
  db.$transaction(async (tx) => {
    const registration = await tx.eventRegistration.findFirst({
      where: { id: registrationId, ...(customerId !== undefined && { customerId }) },
      select: { id: true, eventId: true, customerId: true },
    });
    if (!registration) throw notFoundError("registration");
    const event = await lockEvent(tx, registration.eventId);
    // A racing cancellation may have removed it while we waited for the lock.
    const { count } = await tx.eventRegistration.deleteMany({ where: { id: registration.id } });
    if (count === 0) throw new DomainError("That registration has already been cancelled.");
    const promoted = await promoteFromWaitingList(tx, event);
    if (isStaff(actor)) {
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "event.registration.cancelled_for_customer",
        entityType: "EventRegistration",
        entityId: registration.id,
        details: {
          eventId: registration.eventId,
          customerId: registration.customerId,
          promotedFromWaitingList: promoted,
        },
      });
    }
    return { eventId: registration.eventId, promoted };
  });
