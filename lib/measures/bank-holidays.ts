import { yearOf, type IsoDate } from "./dates";

export type Regime = "england" | "scotland";

export const REGIMES = ["england", "scotland"] as const satisfies readonly Regime[];

/**
 * The UK bank holidays as published for England and Wales, and for Scotland, substitute days included. When a
 * holiday falls at a weekend the substitute is the next weekday not already a holiday. Extend both lists and
 * CALENDAR_YEARS together when a new year is published.
 */
export const CALENDAR_YEARS = { first: 2023, last: 2028 } as const;

export const BANK_HOLIDAYS: Record<Regime, readonly IsoDate[]> = {
  england: [
    "2023-01-02", // New Year's Day (substitute day)
    "2023-04-07", // Good Friday
    "2023-04-10", // Easter Monday
    "2023-05-01", // Early May bank holiday
    "2023-05-08", // Bank holiday for the coronation of King Charles III
    "2023-05-29", // Spring bank holiday
    "2023-08-28", // Summer bank holiday
    "2023-12-25", // Christmas Day
    "2023-12-26", // Boxing Day
    "2024-01-01",
    "2024-03-29",
    "2024-04-01",
    "2024-05-06",
    "2024-05-27",
    "2024-08-26",
    "2024-12-25",
    "2024-12-26",
    "2025-01-01",
    "2025-04-18",
    "2025-04-21",
    "2025-05-05",
    "2025-05-26",
    "2025-08-25",
    "2025-12-25",
    "2025-12-26",
    "2026-01-01",
    "2026-04-03",
    "2026-04-06",
    "2026-05-04",
    "2026-05-25",
    "2026-08-31",
    "2026-12-25",
    "2026-12-28", // Boxing Day (substitute day)
    "2027-01-01",
    "2027-03-26",
    "2027-03-29",
    "2027-05-03",
    "2027-05-31",
    "2027-08-30",
    "2027-12-27", // Christmas Day (substitute day)
    "2027-12-28", // Boxing Day (substitute day)
    "2028-01-03", // New Year's Day (substitute day)
    "2028-04-14",
    "2028-04-17",
    "2028-05-01",
    "2028-05-29",
    "2028-08-28",
    "2028-12-25",
    "2028-12-26",
  ],
  // Scotland: 2 January and St Andrew's Day (30 November) but no Easter Monday; summer is the first Monday of August.
  scotland: [
    "2023-01-02", // New Year's Day (substitute day)
    "2023-01-03", // 2nd January (substitute day)
    "2023-04-07", // Good Friday
    "2023-05-01", // Early May bank holiday
    "2023-05-08", // Bank holiday for the coronation of King Charles III
    "2023-05-29", // Spring bank holiday
    "2023-08-07", // Summer bank holiday
    "2023-11-30", // St Andrew's Day
    "2023-12-25", // Christmas Day
    "2023-12-26", // Boxing Day
    "2024-01-01",
    "2024-01-02",
    "2024-03-29",
    "2024-05-06",
    "2024-05-27",
    "2024-08-05",
    "2024-12-02", // St Andrew's Day (substitute day)
    "2024-12-25",
    "2024-12-26",
    "2025-01-01",
    "2025-01-02",
    "2025-04-18",
    "2025-05-05",
    "2025-05-26",
    "2025-08-04",
    "2025-12-01", // St Andrew's Day (substitute day)
    "2025-12-25",
    "2025-12-26",
    "2026-01-01",
    "2026-01-02",
    "2026-04-03",
    "2026-05-04",
    "2026-05-25",
    "2026-08-03",
    "2026-11-30",
    "2026-12-25",
    "2026-12-28", // Boxing Day (substitute day)
    "2027-01-01",
    "2027-01-04", // 2nd January (substitute day)
    "2027-03-26",
    "2027-05-03",
    "2027-05-31",
    "2027-08-02",
    "2027-11-30",
    "2027-12-27", // Christmas Day (substitute day)
    "2027-12-28", // Boxing Day (substitute day)
    "2028-01-03", // New Year's Day (substitute day)
    "2028-01-04", // 2nd January (substitute day)
    "2028-04-14",
    "2028-05-01",
    "2028-05-29",
    "2028-08-07",
    "2028-11-30",
    "2028-12-25",
    "2028-12-26",
  ],
};

/** The days off a regime's figures skip: the published bank holidays plus any the landlord adds. */
export type HolidayCalendar = { holidays: ReadonlySet<IsoDate>; firstYear: number; lastYear: number };

export const holidayCalendar = (regime: Regime, localHolidays: readonly IsoDate[] = []): HolidayCalendar => ({
  holidays: new Set([...BANK_HOLIDAYS[regime], ...localHolidays]),
  firstYear: CALENDAR_YEARS.first,
  lastYear: CALENDAR_YEARS.last,
});

/** Working days outside the published years would silently count bank holidays as working days. */
export const isCovered = (calendar: HolidayCalendar, date: IsoDate) => {
  const year = yearOf(date);
  return calendar.firstYear <= year && year <= calendar.lastYear;
};

export const coverageMessage = (calendar: HolidayCalendar, date: IsoDate) =>
  `${date} is outside the bank holiday calendars, which cover ${calendar.firstYear} to ${calendar.lastYear}`;
