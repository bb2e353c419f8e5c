import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import { isoDay } from "@/lib/uk-time";

export const listLocalHolidays = () => db.localHoliday.findMany({ orderBy: { date: "asc" } });

/** The local holidays as the working-days calendar takes them. */
export const localHolidayDates = async () => (await listLocalHolidays()).map((holiday) => isoDay(holiday.date));

export const addLocalHoliday = async ({ actor, date, name }: { actor: Actor; date: Date; name: string }) => {
  try {
    return await db.$transaction(async (tx) => {
      const holiday = await tx.localHoliday.create({ data: { date, name, createdById: actor.id } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: "landlord.local_holiday_added",
        entityType: "LocalHoliday",
        entityId: isoDay(date),
        details: { name },
      });
      return holiday;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new DomainError("That day is already a local holiday.", { date: "That day is already a local holiday" });
    throw error;
  }
};

export const removeLocalHoliday = ({ actor, date }: { actor: Actor; date: Date }) =>
  db.$transaction(async (tx) => {
    const { count } = await tx.localHoliday.deleteMany({ where: { date } });
    if (count === 0) throw new DomainError("That local holiday has already been removed.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "landlord.local_holiday_removed",
      entityType: "LocalHoliday",
      entityId: isoDay(date),
    });
  });
