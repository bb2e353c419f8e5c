import { describe, expect, it } from "vitest";
import {
  featuredFirst,
  learningRefusal,
  publishRefusal,
  startableYears,
  yearHasEnded,
} from "@/lib/annual-report/rules";

describe("the annual report's rules", () => {
  it("lets a year's report be published only after 31 March, UK time", () => {
    expect(yearHasEnded(2025, new Date("2026-03-31T22:59:00Z"))).toBe(false);
    // 1 April 2026 00:30 in the UK is still 31 March in UTC (British Summer Time).
    expect(yearHasEnded(2025, new Date("2026-03-31T23:30:00Z"))).toBe(true);
    expect(publishRefusal({ year: 2026, publishedAt: null }, new Date("2026-12-07T10:00:00Z"))).toMatch(
      /2026\/27 has not ended yet/,
    );
    expect(publishRefusal({ year: 2025, publishedAt: null }, new Date("2026-12-07T10:00:00Z"))).toBeNull();
    expect(publishRefusal({ year: 2025, publishedAt: new Date() }, new Date("2026-12-07T10:00:00Z"))).toMatch(
      /already published/,
    );
  });

  it("offers the year under way and the ten before it", () => {
    expect(startableYears(new Date("2026-12-07T10:00:00Z"))).toHaveLength(11);
    expect(startableYears(new Date("2027-02-01T10:00:00Z")).slice(0, 2)).toEqual([2026, 2025]);
    expect(startableYears(new Date("2027-04-02T10:00:00Z"))).toEqual([
      2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017,
    ]);
  });

  it("puts featured items first and keeps the rest in order", () => {
    const items = ["A", "B", "C", "D"];
    expect(featuredFirst(items, ["C", "A"], (item) => item)).toEqual(["A", "C", "B", "D"]);
    expect(featuredFirst(items, [], (item) => item)).toEqual(items);
  });

  it("publishes learning only from a closed complaint with both what was learned and changed", () => {
    const closed = { kind: "COMPLAINT", status: "CLOSED", learned: "We were slow", changed: "We call back" };
    expect(learningRefusal(closed)).toBeNull();
    expect(learningRefusal({ ...closed, status: "ANSWERED" })).toMatch(/Close the complaint/);
    expect(learningRefusal({ ...closed, kind: "COMPLIMENT" })).toMatch(/Only a complaint/);
    expect(learningRefusal({ ...closed, changed: "" })).toMatch(/what we changed/);
  });
});
