import { describe, expect, it } from "vitest";
import { requiredDate } from "@/lib/forms";
import { isCurrent, membershipEndProblem, rtoStatusProblem } from "@/lib/groups/rules";

describe("group rules", () => {
  const today = new Date("2026-06-01T00:00:00Z");

  it("treats a membership as current until the day it ends has passed", () => {
    expect(isCurrent({ endedOn: null }, today)).toBe(true);
    expect(isCurrent({ endedOn: today }, today)).toBe(true);
    expect(isCurrent({ endedOn: new Date("2026-05-31T00:00:00Z") }, today)).toBe(false);
  });

  it("refuses an end before the start, and deregistration without a reason", () => {
    expect(membershipEndProblem(today, new Date("2026-05-31T00:00:00Z"))).toMatch(/on or after/);
    expect(membershipEndProblem(today, today)).toBeUndefined();
    expect(rtoStatusProblem("DEREGISTERED", undefined)).toMatch(/why/);
    expect(rtoStatusProblem("SUSPENDED", undefined)).toBeUndefined();
  });
});

describe("date fields", () => {
  const schema = requiredDate("Enter the date");

  it("reads real dates and refuses impossible or empty ones", () => {
    expect(schema.parse("2028-02-29").toISOString()).toBe("2028-02-29T00:00:00.000Z");
    expect(schema.safeParse("2026-02-29").error?.issues[0]?.message).toBe(
      "Enter a real date, for example 1 April 2026",
    );
    expect(schema.safeParse("31/03/2026").success).toBe(false);
    expect(schema.safeParse("").error?.issues[0]?.message).toBe("Enter the date");
  });
});
