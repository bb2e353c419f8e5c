import { describe, expect, it } from "vitest";
import { BANK_HOLIDAYS, CALENDAR_YEARS, REGIMES, type Regime } from "@/lib/measures/bank-holidays";
import { fromDayNumber, toDayNumber, weekdayOf } from "@/lib/measures/dates";

const EASTER_SUNDAYS: Record<number, string> = {
  2023: "2023-04-09",
  2024: "2024-03-31",
  2025: "2025-04-20",
  2026: "2026-04-05",
  2027: "2027-03-28",
  2028: "2028-04-16",
};

const MONDAY = 1;
const day = (year: number, month: number, date: number) =>
  toDayNumber(`${year}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`);
const isWeekend = (d: number) => weekdayOf(d) === 0 || weekdayOf(d) === 6;
const mondaysOf = (year: number, month: number) =>
  Array.from({ length: 31 }, (_, i) => day(year, month, 1) + i).filter(
    (d) => weekdayOf(d) === MONDAY && fromDayNumber(d).slice(5, 7) === String(month).padStart(2, "0"),
  );

/** An independent statement of the published rules, to check the shipped lists against. */
const expectedHolidays = (regime: Regime, year: number) => {
  const taken = new Set<number>();
  /** A date at a weekend moves to the next weekday that is not already a holiday. */
  const substituted = (d: number) => {
    let moved = d;
    while (isWeekend(moved) || taken.has(moved)) moved += 1;
    taken.add(moved);
  };
  const scotland = regime === "scotland";
  substituted(day(year, 1, 1));
  if (scotland) substituted(day(year, 1, 2));
  const easter = toDayNumber(EASTER_SUNDAYS[year]!);
  taken.add(easter - 2);
  if (!scotland) taken.add(easter + 1);
  const may = mondaysOf(year, 5);
  taken.add(may[0]!);
  if (year === 2023) taken.add(day(2023, 5, 8)); // the coronation
  taken.add(may.at(-1)!);
  const august = mondaysOf(year, 8);
  taken.add(scotland ? august[0]! : august.at(-1)!);
  if (scotland) substituted(day(year, 11, 30));
  substituted(day(year, 12, 25));
  substituted(day(year, 12, 26));
  return [...taken].sort((a, b) => a - b).map(fromDayNumber);
};

describe("the shipped bank holiday calendars", () => {
  const years = Array.from(
    { length: CALENDAR_YEARS.last - CALENDAR_YEARS.first + 1 },
    (_, i) => CALENDAR_YEARS.first + i,
  );

  it.each(REGIMES)("%s: every holiday is a weekday, listed once, in order", (regime) => {
    const dates = BANK_HOLIDAYS[regime];
    expect(dates.filter((date) => isWeekend(toDayNumber(date)))).toEqual([]);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
  });

  it.each(REGIMES)("%s: matches the published rules year by year, substitute days included", (regime) => {
    for (const year of years) {
      expect(BANK_HOLIDAYS[regime].filter((date) => date.startsWith(`${year}-`))).toEqual(
        expectedHolidays(regime, year),
      );
    }
  });

  it("has the substitute days that are easy to get wrong", () => {
    expect(BANK_HOLIDAYS.scotland).toEqual(
      expect.arrayContaining(["2023-01-03", "2024-12-02", "2025-12-01", "2027-01-04", "2028-01-04"]),
    );
    expect(BANK_HOLIDAYS.england).toEqual(
      expect.arrayContaining(["2026-12-28", "2027-12-27", "2027-12-28", "2028-01-03"]),
    );
    expect(BANK_HOLIDAYS.england).not.toContain("2028-01-04");
    expect(BANK_HOLIDAYS.scotland).not.toContain("2025-04-21"); // no Easter Monday in Scotland
    expect(BANK_HOLIDAYS.england).not.toContain("2025-12-01"); // nor St Andrew's Day in England
  });
});
