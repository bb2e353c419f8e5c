// The one module for dates and times, because two kinds meet in this app and mixing them is the usual bug:
// - instants (an event's start, a response's time): the database keeps them in UTC; forms give and show them
//   as the wall clock in the UK (datetime-local has no zone), converted here;
// - calendar dates (a target date, a review date, a holiday): no time of day; the database keeps them as UTC
//   midnight of that date and forms and audit records write them as YYYY-MM-DD. "Today" is the UK's date.
const UK_PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

const ukWallClock = (instant: Date) => {
  const parts = Object.fromEntries(UK_PARTS.formatToParts(instant).map((part) => [part.type, part.value]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
};

// Minutes the UK is ahead of UTC at an instant: 0 in winter, 60 in summer.
const ukOffsetMinutes = (instant: Date) => {
  const { year, month, day, hour, minute } = ukWallClock(instant);
  const wall = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
};

/** Years a date in the portal can have: anything else is a typing slip (0026, 20266), refused with a field error. */
export const SANE_YEARS = { min: 1900, max: 2100 } as const;

export const isSaneYear = (year: number) => year >= SANE_YEARS.min && year <= SANE_YEARS.max;

/** "2026-12-01T18:30" read as UK time; null when it is not a real date and time. */
export const fromUkDateTime = (value: string): Date | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  // Date.UTC reads years 0-99 as 1900-1999: a typed 0026 would become 1926, so such years are refused, not rewritten.
  if (!isSaneYear(year)) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // The offset at the guessed instant settles it, except in the hour the clocks change.
  const guess = new Date(wall - ukOffsetMinutes(new Date(wall)) * 60_000);
  return new Date(wall - ukOffsetMinutes(guess) * 60_000);
};

/** An instant as a datetime-local value in UK time, to prefill a form. */
export const toUkDateTime = (instant: Date) => {
  const { year, month, day, hour, minute } = ukWallClock(instant);
  return `${year}-${month}-${day}T${hour}:${minute}`;
};

/** The UK calendar day of an instant, as a date input shows it. */
export const ukDay = (instant: Date) => toUkDateTime(instant).slice(0, 10);

/** A consultation window runs from the first moment of its first UK day to the last moment of its last. */
export const ukDayStart = (day: string) => fromUkDateTime(`${day}T00:00`);

export const ukDayEnd = (day: string) => {
  const lastMinute = fromUkDateTime(`${day}T23:59`);
  return lastMinute && new Date(lastMinute.getTime() + 59_000);
};

/** The UK financial year an instant falls in (also the regulators' reporting year), by the year of its 1 April. */
export const financialYearOf = (instant: Date) => {
  const [year, month] = ukDay(instant).split("-").map(Number) as [number, number];
  return month >= 4 ? year : year - 1;
};

/** The first and last days of the financial year starting on 1 April of `startYear`. */
export const financialYearDays = (startYear: number) => ({ from: `${startYear}-04-01`, to: `${startYear + 1}-03-31` });

/** A financial year as boards write it: 2026 is "2026/27". */
export const financialYearLabel = (startYear: number) =>
  `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;

const DAY_MS = 86_400_000;

/** A stored calendar date as YYYY-MM-DD: what date fields take and audit records show. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A YYYY-MM-DD date as the database stores a calendar date: UTC midnight. */
export const calendarDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** Today's date in the UK as a stored calendar date, so "overdue" and "current" turn over at UK midnight. */
export const ukToday = (now: Date) => calendarDate(ukDay(now));

/** The calendar date `days` after a YYYY-MM-DD date (before it when negative). */
export const addDays = (day: string, days: number) => isoDay(new Date(calendarDate(day).getTime() + days * DAY_MS));

export const addYears = (date: Date, years: number) =>
  new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()));

/** A quarter of a financial year: year 2026, quarter 1 is April to June 2026; `year` is when April falls. */
export type Quarter = { year: number; quarter: number };

/** UK housing associations report by financial year: the quarter an instant falls in, by its UK day. */
export const financialQuarter = (instant: Date) => {
  const month = Number(ukDay(instant).slice(5, 7));
  return { year: financialYearOf(instant), quarter: (Math.floor(((month + 8) % 12) / 3) + 1) as 1 | 2 | 3 | 4 };
};

export const addQuarters = ({ year, quarter }: Quarter, count: number): Quarter => {
  const index = year * 4 + (quarter - 1) + count;
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
};

/** The quarter's first UK day and the first UK day after it, as "YYYY-MM-DD". */
export const quarterDays = ({ year, quarter }: Quarter) => {
  const day = (q: Quarter) => {
    const month = 4 + (q.quarter - 1) * 3;
    return month > 12
      ? `${q.year + 1}-${String(month - 12).padStart(2, "0")}-01`
      : `${q.year}-${String(month).padStart(2, "0")}-01`;
  };
  return { from: day({ year, quarter }), until: day(addQuarters({ year, quarter }, 1)) };
};

/** The quarter's bounds as instants, from midnight UK time on its first day to midnight after its last. */
export const quarterBounds = (q: Quarter) => {
  const { from, until } = quarterDays(q);
  return { start: ukDayStart(from) as Date, end: ukDayStart(until) as Date };
};

/** The quarter's first day and the first day after it, as stored calendar dates. */
export const quarterRange = (year: number, quarter: number) => {
  const { from, until } = quarterDays({ year, quarter });
  return { from: calendarDate(from), to: calendarDate(until) };
};

/** An instant as a spreadsheet cell in UK time: "27/11/2026 14:05". */
export const ukCsvDateTime = (instant: Date) => {
  const { year, month, day, hour, minute } = ukWallClock(instant);
  return `${day}/${month}/${year} ${hour}:${minute}`;
};

/**
 * A day as a spreadsheet cell: "27/11/2026". A Date is read as its UK day, which for a calendar date (UTC
 * midnight) is the date itself and for an instant is the day it was in the UK, not in UTC.
 */
export const ukCsvDate = (day: Date | string) => {
  const iso = typeof day === "string" ? day : ukDay(day);
  const [year, month, date] = iso.slice(0, 10).split("-");
  return `${date}/${month}/${year}`;
};
