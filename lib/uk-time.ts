// Forms give times as the wall clock in the UK (datetime-local has no zone); the database keeps instants.
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

/** "2026-12-01T18:30" read as UK time; null when it is not a real date and time. */
export const fromUkDateTime = (value: string): Date | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
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
export const financialYearLabel = (startYear: number) => `${startYear}/${String((startYear + 1) % 100).padStart(2, "0")}`;

/** An instant as a spreadsheet cell in UK time: "27/11/2026 14:05". */
export const ukCsvDateTime = (instant: Date) => {
  const { year, month, day, hour, minute } = ukWallClock(instant);
  return `${day}/${month}/${year} ${hour}:${minute}`;
};

/** A calendar day (a Date at UTC midnight, or "2026-11-27") as a spreadsheet cell: "27/11/2026". */
export const ukCsvDate = (day: Date | string) => {
  const iso = typeof day === "string" ? day : day.toISOString();
  const [year, month, date] = iso.slice(0, 10).split("-");
  return `${date}/${month}/${year}`;
};
