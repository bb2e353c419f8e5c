import { describe, expect, it } from "vitest";
import { count, formatDate, formatDateRange, listOf, plural } from "@/lib/format";

describe("formatDate writes the UK calendar day", () => {
  it("puts an instant just after UK midnight in summer (BST) on the UK day, not the UTC one", () => {
    // 00:57 on 23 October 2026 in the UK is 23:57 on 22 October in UTC: the consultation closed on the 23rd.
    expect(formatDate(new Date("2026-10-22T23:57:00Z"))).toBe("23 October 2026");
    // UK midnight in summer is 23:00 UTC: a minute before it is still the 22nd, and 23:00 UTC is the 23rd.
    expect(formatDate(new Date("2026-10-22T22:59:00Z"))).toBe("22 October 2026");
    expect(formatDate(new Date("2026-10-22T23:00:00Z"))).toBe("23 October 2026");
  });

  it("turns over at midnight UTC in winter (GMT), when the UK is on UTC", () => {
    expect(formatDate(new Date("2026-12-01T23:59:00Z"))).toBe("1 December 2026");
    expect(formatDate(new Date("2026-12-02T00:00:00Z"))).toBe("2 December 2026");
  });

  it("follows the clocks on the nights they change", () => {
    // Clocks go back at 01:00 UTC on 25 October 2026: 23:30 UTC on the 24th is 00:30 BST on the 25th.
    expect(formatDate(new Date("2026-10-24T23:30:00Z"))).toBe("25 October 2026");
    // Clocks go forward at 01:00 UTC on 29 March 2026: 23:30 UTC on the 28th is still 23:30 GMT on the 28th.
    expect(formatDate(new Date("2026-03-28T23:30:00Z"))).toBe("28 March 2026");
  });

  it("writes a stored calendar date (UTC midnight) as its own day in summer and winter", () => {
    expect(formatDate(new Date("2026-07-01T00:00:00Z"))).toBe("1 July 2026");
    expect(formatDate(new Date("2027-01-01T00:00:00Z"))).toBe("1 January 2027");
    expect(formatDate(null, "Not yet")).toBe("Not yet");
  });

  it("writes a span of days in words, not as ISO dates", () => {
    expect(formatDateRange("2026-04-01", "2027-03-31")).toBe("1 April 2026 to 31 March 2027");
  });
});

describe("counts and lists", () => {
  it("puts the noun in the number the count needs", () => {
    expect(count(1, "person", "people")).toBe("1 person");
    expect(count(2, "person", "people")).toBe("2 people");
    expect(count(0, "action")).toBe("0 actions");
    expect(count(1, "action")).toBe("1 action");
    expect(count(1200, "response")).toBe("1,200 responses");
    expect(plural(1, "is", "are")).toBe("is");
  });

  it("joins lists as English writes them", () => {
    expect(listOf(["online", "in person"])).toBe("online and in person");
    expect(listOf(["a", "b", "c"], "or")).toBe("a, b or c");
  });
});
