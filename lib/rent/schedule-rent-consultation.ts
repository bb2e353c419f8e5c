import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { financialYearOf, ukDay, calendarDate } from "@/lib/uk-time";
import { createRentConsultation } from "./create-rent-consultation";
import { rentCycle } from "./rules";

/**
 * The yearly cycle: from October, next year's rent consultation is drafted from this year's options and average
 * rent, for officers to check and publish. Once a year has one, the run does nothing (the year is unique).
 */
export const scheduleRentConsultation = async (now = new Date()) => {
  const year = financialYearOf(now) + 1;
  const cycle = rentCycle(year);
  if (ukDay(now) < cycle.draftFrom) return null;
  if (await db.rentSetting.count({ where: { year } })) return null;
  const last = await db.rentSetting.findUnique({
    where: { year: year - 1 },
    select: {
      averageWeeklyRentPence: true,
      options: { orderBy: { label: "asc" }, select: { label: true, changeBasisPoints: true } },
    },
  });
  if (!last || last.options.length < 2) return null;
  try {
    return await createRentConsultation({
      actorId: null,
      input: {
        year,
        averageWeeklyRent: last.averageWeeklyRentPence,
        opensOn: calendarDate(cycle.opensOn),
        closesOn: calendarDate(cycle.closesOn),
        options: last.options,
      },
    });
  } catch (error) {
    // Another run drafted it first.
    if (error instanceof DomainError) return null;
    throw error;
  }
};
