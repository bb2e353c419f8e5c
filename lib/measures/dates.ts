/** Calendar dates are ISO `YYYY-MM-DD` strings throughout: they compare and sort as text, and carry no time zone. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a date that exists on the calendar (so not 2025-02-29). */
export const isIsoDate = (text: string): text is IsoDate => {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

export const toDayNumber = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

export const fromDayNumber = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** 0 is Sunday, as in Date.getUTCDay. Day 0 of the epoch, 1970-01-01, was a Thursday. */
export const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;

export const yearOf = (date: IsoDate) => Number(date.slice(0, 4));

export const isWithin = (date: IsoDate, from: IsoDate, to: IsoDate) => from <= date && date <= to;
