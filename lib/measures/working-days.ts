import type { HolidayCalendar } from "./bank-holidays";
import { fromDayNumber, toDayNumber, weekdayOf, type IsoDate } from "./dates";

const isWeekday = (day: number) => {
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6;
};

// A calendar's holidays that fall on weekdays, as sorted day numbers, worked out once per calendar: counting day by
// day, a file of 100,000 complaints took seconds, holding up every other request while it did.
const weekdayHolidays = new WeakMap<HolidayCalendar, number[]>();

const weekdayHolidaysOf = (calendar: HolidayCalendar) => {
  let days = weekdayHolidays.get(calendar);
  if (!days) {
    days = [...calendar.holidays]
      .map(toDayNumber)
      .filter(isWeekday)
      .sort((a, b) => a - b);
    weekdayHolidays.set(calendar, days);
  }
  return days;
};

// Complaint files repeat a few hundred dates many thousand times: each is turned into a day number once. The
// calendars cover a few years, so the cache stays small; it is emptied if odd dates ever fill it.
const dayNumbers = new Map<IsoDate, number>();

const dayNumberOf = (date: IsoDate) => {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    if (dayNumbers.size >= 10_000) dayNumbers.clear();
    day = toDayNumber(date);
    dayNumbers.set(date, day);
  }
  return day;
};

/** How many of the sorted `days` are on or before `day`. */
const countUpTo = (days: readonly number[], day: number) => {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (days[middle]! <= day) low = middle + 1;
    else high = middle;
  }
  return low;
};

/** Whether `day` is one of the sorted `days`: the last of them on or before it is it. */
const includesDay = (days: readonly number[], day: number) => days[countUpTo(days, day) - 1] === day;

/** Monday to Friday days from `first` to `last` inclusive: five in every whole week, the rest counted. */
const weekdaysBetween = (first: number, last: number) => {
  const days = last - first + 1;
  if (days <= 0) return 0;
  let count = Math.floor(days / 7) * 5;
  for (let day = first + Math.floor(days / 7) * 7; day <= last; day += 1) if (isWeekday(day)) count += 1;
  return count;
};

/**
 * Working days after `from` up to and including `to`: the next working day is 1 and `from = to` is 0.
 * When `to` comes first the count is negative, so a response dated before its start still meets any target.
 */
export const workingDays = (from: IsoDate, to: IsoDate, calendar: HolidayCalendar): number => {
  if (to < from) return -workingDays(to, from, calendar);
  const start = dayNumberOf(from);
  const last = dayNumberOf(to);
  const holidays = weekdayHolidaysOf(calendar);
  return weekdaysBetween(start + 1, last) - (countUpTo(holidays, last) - countUpTo(holidays, start));
};

/** The date `count` working days after `from`: the inverse of workingDays, for due dates ("answer by"). */
export const addWorkingDays = (from: IsoDate, count: number, calendar: HolidayCalendar): IsoDate => {
  const holidays = weekdayHolidaysOf(calendar);
  let day = toDayNumber(from);
  for (let added = 0; added < count;) {
    day += 1;
    if (isWeekday(day) && !includesDay(holidays, day)) added += 1;
  }
  return fromDayNumber(day);
};
