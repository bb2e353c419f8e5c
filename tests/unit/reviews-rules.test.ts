import { describe, expect, it } from "vitest";
import { closingDateProblem, isKnownSection, isReviewOpen } from "@/lib/reviews/rules";

const day = (value: string) => new Date(`${value}T00:00:00Z`);

describe("draft review rules", () => {
  it("is open through the whole UK closing day, then closed; closing it early closes it", () => {
    const review = { closesOn: day("2026-07-10"), closedAt: null };
    // 23:30 in London on the closing day is 22:30 UTC in summer.
    expect(isReviewOpen(review, new Date("2026-07-10T22:30:00Z"))).toBe(true);
    expect(isReviewOpen(review, new Date("2026-07-10T23:30:00Z"))).toBe(false);
    expect(isReviewOpen({ ...review, closedAt: new Date("2026-07-01T09:00:00Z") }, day("2026-07-02"))).toBe(false);
  });

  it("wants a closing date from today to 90 days ahead", () => {
    const now = new Date("2026-07-01T10:00:00Z");
    expect(closingDateProblem(day("2026-06-30"), now)).toBe("The closing date must be today or later");
    expect(closingDateProblem(day("2026-07-01"), now)).toBeNull();
    expect(closingDateProblem(day("2026-09-29"), now)).toBeNull();
    expect(closingDateProblem(day("2026-09-30"), now)).toBe("The closing date must be within 90 days");
  });

  it("knows the whole draft and the draft's own headings as sections", () => {
    expect(isKnownSection(undefined, ["Gardens"])).toBe(true);
    expect(isKnownSection("Gardens", ["Gardens"])).toBe(true);
    expect(isKnownSection("Parking", ["Gardens"])).toBe(false);
  });
});
