import { describe, expect, it } from "vitest";
import { addDays, calendarDate, financialQuarter, isoDay, ukToday } from "@/lib/uk-time";

describe("calendar dates", () => {
  it("turns today over at UK midnight, not UTC midnight", () => {
    // 23:30 UTC on 1 June is 00:30 on 2 June in British Summer Time.
    expect(isoDay(ukToday(new Date("2026-06-01T23:30:00Z")))).toBe("2026-06-02");
    expect(isoDay(ukToday(new Date("2026-06-01T22:30:00Z")))).toBe("2026-06-01");
    // In winter the UK is on UTC.
    expect(isoDay(ukToday(new Date("2026-12-01T23:30:00Z")))).toBe("2026-12-01");
  });

  it("stores a calendar date as UTC midnight and counts days across month and year ends", () => {
    expect(calendarDate("2026-03-29").toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });

  it("puts a stored date and a late-evening instant in the UK's financial quarter", () => {
    expect(financialQuarter(calendarDate("2026-07-01"))).toEqual({ year: 2026, quarter: 2 });
    // 23:30 UTC on 31 March is already 1 April (quarter 1 of the next year) in the UK.
    expect(financialQuarter(new Date("2027-03-31T23:30:00Z"))).toEqual({ year: 2027, quarter: 1 });
  });
});
