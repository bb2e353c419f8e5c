import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import { AgeBand } from "@/lib/generated/prisma/enums";

const count = z.preprocess(
  (value) => (value === "" || value === undefined ? 0 : value),
  z.coerce
    .number("Enter a number")
    .int("Enter a whole number")
    .min(0, "Enter 0 or more")
    .max(100_000, "Enter 100000 or fewer"),
);

/** How many came of each age band: the only record of children at an activity (decision 23). */
export const ZEventAgeCounts = z.object({
  eventId: z.string().min(1).max(50),
  ...(Object.fromEntries(Object.values(AgeBand).map((band) => [band, count])) as Record<AgeBand, typeof count>),
});

export type EventAgeCounts = z.infer<typeof ZEventAgeCounts>;

/** Replaces the event's counts (sending twice cannot double them); a band of 0 keeps no row. Audited. */
export const setEventAgeCounts = async ({ actor, counts }: { actor: Actor; counts: EventAgeCounts }) =>
  db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { id: counts.eventId }, select: { id: true } });
    if (!event) throw notFoundError("event");
    const rows = Object.values(AgeBand)
      .filter((band) => counts[band] > 0)
      .map((band) => ({ eventId: event.id, ageBand: band, count: counts[band] }));
    await tx.eventAgeCount.deleteMany({ where: { eventId: event.id } });
    if (rows.length > 0) await tx.eventAgeCount.createMany({ data: rows });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "event.age_counts.set",
      entityType: "Event",
      entityId: event.id,
      details: Object.fromEntries(rows.map((row) => [row.ageBand, row.count])),
    });
  });

export const getEventAgeCounts = async (eventId: string) =>
  Object.fromEntries(
    (await db.eventAgeCount.findMany({ where: { eventId }, select: { ageBand: true, count: true } })).map((row) => [
      row.ageBand,
      row.count,
    ]),
  ) as Partial<Record<AgeBand, number>>;
