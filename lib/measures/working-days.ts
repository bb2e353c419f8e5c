import type { HolidayCalendar } from "./bank-holidays";
import { fromDayNumber, toDayNumber, weekdayOf, type IsoDate } from "./dates";

const isWorkingDay = (day: number, calendar: HolidayCalendar) => {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6 && !calendar.holidays.has(fromDayNumber(day));
};

/**
 * Working days after `from` up to and including `to`: the next working day is 1 and `from = to` is 0.
 * When `to` comes first the count is negative, so a response dated before its start still meets any target.
 */
export const workingDays = (from: IsoDate, to: IsoDate, calendar: HolidayCalendar): number => {
  if (to < from) return -workingDays(to, from, calendar);
  const last = toDayNumber(to);
  let count = 0;
  for (let day = toDayNumber(from) + 1; day <= last; day += 1) {
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return count;
};

/** The date `count` working days after `from`: the inverse of workingDays, for due dates ("answer by"). */
export const addWorkingDays = (from: IsoDate, count: number, calendar: HolidayCalendar): IsoDate => {
  let day = toDayNumber(from);
  for (let added = 0; added < count; ) {
    day += 1;
    if (isWorkingDay(day, calendar)) added += 1;
  }
  return fromDayNumber(day);
};
