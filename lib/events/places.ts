import type { Tx } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import { placesToFill } from "./rules";

type LockedEvent = {
  id: string;
  startsAt: Date;
  capacity: number | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
};

/**
 * Locks the event's row until the transaction ends, so registrations and cancellations for one event
 * take their turn: two people can never both be given the last place.
 */
export const lockEvent = async (tx: Tx, eventId: string) => {
  const [event] = await tx.$queryRaw<LockedEvent[]>`
    SELECT id, "startsAt", capacity, "registrationOpensAt", "registrationClosesAt"
    FROM "Event" WHERE id = ${eventId} FOR UPDATE`;
  if (!event) throw notFoundError("event");
  return event;
};

/** Moves people up from the waiting list, first come first served, while there are places. Call with the event locked. */
export const promoteFromWaitingList = async (tx: Tx, event: { id: string; capacity: number | null }) => {
  const [registered, waiting] = await Promise.all([
    tx.eventRegistration.count({ where: { eventId: event.id, status: "REGISTERED" } }),
    tx.eventRegistration.count({ where: { eventId: event.id, status: "WAITING" } }),
  ]);
  const take = placesToFill(event.capacity, registered, waiting);
  if (take === 0) return [];
  const next = await tx.eventRegistration.findMany({
    where: { eventId: event.id, status: "WAITING" },
    orderBy: [{ registeredAt: "asc" }, { id: "asc" }],
    take,
    select: { id: true, customerId: true },
  });
  await tx.eventRegistration.updateMany({
    where: { id: { in: next.map((r) => r.id) } },
    data: { status: "REGISTERED" },
  });
  return next.map((r) => r.customerId);
};
