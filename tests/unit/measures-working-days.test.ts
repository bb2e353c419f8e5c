import { describe, expect, it } from "vitest";
import { holidayCalendar, isCovered } from "@/lib/measures/bank-holidays";
import { isIsoDate } from "@/lib/measures/dates";
import { workingDays } from "@/lib/measures/working-days";

const england = holidayCalendar("england");
const scotland = holidayCalendar("scotland");

describe("working days", () => {
  it("counts days after the first up to and including the last", () => {
    expect(workingDays("2025-06-02", "2025-06-02", england)).toBe(0); // a = b
    expect(workingDays("2025-06-02", "2025-06-03", england)).toBe(1); // Monday to Tuesday
    expect(workingDays("2025-06-06", "2025-06-09", england)).toBe(1); // Friday to Monday
    expect(workingDays("2025-06-07", "2025-06-08", england)).toBe(0); // Saturday to Sunday
    expect(workingDays("2025-06-02", "2025-06-16", england)).toBe(10);
  });

  it("is negative when the dates are the wrong way round", () => {
    expect(workingDays("2025-06-16", "2025-06-02", england)).toBe(-10);
  });

  it("skips Christmas and New Year by each regime's calendar", () => {
    // Friday 19 December 2025 to Tuesday 6 January 2026: 22-24, 29-31 December and 5-6 January, and 2 January in England.
    expect(workingDays("2025-12-19", "2026-01-06", england)).toBe(9);
    expect(workingDays("2025-12-19", "2026-01-06", scotland)).toBe(8);
    // 2026: Boxing Day is a Saturday, so Monday 28 December is the substitute in both.
    expect(workingDays("2026-12-24", "2026-12-29", england)).toBe(1);
    expect(workingDays("2026-12-24", "2026-12-29", scotland)).toBe(1);
    // 2027 to 2028: Christmas and New Year at weekends, Scotland's 2 January on a Sunday.
    expect(workingDays("2027-12-24", "2028-01-05", england)).toBe(5); // 29, 30, 31 Dec, 4, 5 Jan
    expect(workingDays("2027-12-24", "2028-01-05", scotland)).toBe(4); // 29, 30, 31 Dec, 5 Jan
  });

  it("skips St Andrew's Day, or its substitute, in Scotland only", () => {
    // 30 November 2025 is a Sunday: Monday 1 December is the holiday.
    expect(workingDays("2025-11-28", "2025-12-02", england)).toBe(2);
    expect(workingDays("2025-11-28", "2025-12-02", scotland)).toBe(1);
    // 30 November 2026 is a Monday.
    expect(workingDays("2026-11-27", "2026-12-01", england)).toBe(2);
    expect(workingDays("2026-11-27", "2026-12-01", scotland)).toBe(1);
  });

  it("skips Easter Monday in England only", () => {
    expect(workingDays("2025-04-17", "2025-04-22", england)).toBe(1); // Good Friday and Easter Monday off
    expect(workingDays("2025-04-17", "2025-04-22", scotland)).toBe(2); // Good Friday off
  });

  it("skips a landlord's own holidays when given them", () => {
    expect(workingDays("2025-06-02", "2025-06-06", holidayCalendar("england", ["2025-06-04"]))).toBe(3);
  });

  it("knows which years the calendars cover", () => {
    expect(isCovered(england, "2023-01-01")).toBe(true);
    expect(isCovered(england, "2028-12-31")).toBe(true);
    expect(isCovered(england, "2022-12-31")).toBe(false);
    expect(isCovered(england, "2029-01-01")).toBe(false);
  });
});

describe("dates", () => {
  it("accepts only real dates written YYYY-MM-DD", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2025-13-01")).toBe(false);
    expect(isIsoDate("2025-1-01")).toBe(false);
    expect(isIsoDate("01/04/2025")).toBe(false);
  });
});
