import { describe, expect, it } from "vitest";
import { decisionProblems, overallRating, periodLabel, periodProblem } from "@/lib/monitoring/rules";

describe("the monitoring group's rating", () => {
  it("is the worst rating given to any action", () => {
    expect(overallRating(["ON_TRACK", "ON_TRACK"])).toBe("ON_TRACK");
    expect(overallRating(["ON_TRACK", "SOME_CONCERNS"])).toBe("SOME_CONCERNS");
    expect(overallRating(["SOME_CONCERNS", "OFF_TRACK", "ON_TRACK"])).toBe("OFF_TRACK");
    expect(overallRating([])).toBeNull();
  });
});

describe("signing off or referring", () => {
  it("needs every action rated", () => {
    expect(decisionProblems({ outcome: "SIGNED_OFF", actions: 3, rated: 2 }, "ON_TRACK")).toEqual({
      outcome: "Rate every action before deciding: 1 still to rate",
    });
    expect(decisionProblems({ outcome: "SIGNED_OFF", actions: 0, rated: 0 }, null).outcome).toMatch(/no actions/);
    expect(decisionProblems({ outcome: "SIGNED_OFF", actions: 2, rated: 2 }, "SOME_CONCERNS")).toEqual({});
  });

  it("needs a reason for a referral, and for signing off a plan rated off track", () => {
    expect(decisionProblems({ outcome: "REFERRED", actions: 1, rated: 1 }, "ON_TRACK").note).toMatch(/board/);
    expect(decisionProblems({ outcome: "REFERRED", note: "Estate walks", actions: 1, rated: 1 }, "ON_TRACK")).toEqual(
      {},
    );
    expect(decisionProblems({ outcome: "SIGNED_OFF", actions: 1, rated: 1 }, "OFF_TRACK").note).toMatch(/why/);
  });
});

describe("periods", () => {
  const now = new Date("2026-08-10T12:00:00Z");

  it("reviews a quarter or year once it has begun", () => {
    expect(periodProblem(2026, 2, now)).toBeUndefined();
    expect(periodProblem(2026, 0, now)).toBeUndefined();
    expect(periodProblem(2025, 4, now)).toBeUndefined();
    expect(periodProblem(2026, 3, now)).toMatch(/not started/);
    expect(periodProblem(2027, 0, now)).toMatch(/not started/);
  });

  it("names quarter 0 as the year's annual review", () => {
    expect(periodLabel(2026, 0)).toBe("Annual review 2026/27");
    expect(periodLabel(2026, 2)).toBe("Quarter 2 2026/27");
  });
});
