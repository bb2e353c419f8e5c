import { describe, expect, it } from "vitest";
import { achievedMargin, requiredSampleSize } from "@/lib/measures/sample-size";

describe("sample size", () => {
  // n0 = 1.96^2 x 0.25 / 0.04^2 = 600.25; n = 600.25 / (1 + 599.25 / 4323) = 527.17..., rounded up.
  it("needs 528 responses from 4,323 homes for a margin of 4 points", () => {
    expect(requiredSampleSize(4323, 4)).toBe(528);
  });

  it("matches other hand-worked cases", () => {
    expect(requiredSampleSize(100_000, 5)).toBe(383); // 384.16 / 1.0038316 = 382.69
    expect(requiredSampleSize(50, 5)).toBe(45); // 384.16 / 8.6632 = 44.34
    expect(requiredSampleSize(1_000_000, 2.5)).toBe(1535); // 1536.64 / 1.0015356 = 1534.28
  });

  it("never asks for more responses than there are homes", () => {
    expect(requiredSampleSize(10, 1)).toBe(10);
  });
});

describe("achieved margin of error", () => {
  it("is about 4 points for 528 responses from 4,323 homes", () => {
    // 1.96 x sqrt(0.25 / 528) x sqrt(3795 / 4322) x 100 = 3.9965...
    expect(achievedMargin(4323, 528)).toBe(4);
  });

  it("matches a hand-worked case", () => {
    // 1.96 x 0.05 x sqrt(900 / 999) x 100 = 9.30...
    expect(achievedMargin(1000, 100)).toBe(9.3);
  });

  it("is null before any response and 0 once every home has answered", () => {
    expect(achievedMargin(1000, 0)).toBeNull();
    expect(achievedMargin(1000, 1000)).toBe(0);
  });
});
