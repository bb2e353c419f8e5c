import { describe, expect, it } from "vitest";
import { percent, ratioToOneDecimal, roundToOneDecimal } from "@/lib/measures/rounding";

describe("rounding published figures", () => {
  it("rounds a percentage to one decimal place", () => {
    expect(percent(801, 1187)).toBe(67.5); // 67.481...
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(3, 3)).toBe(100);
    expect(percent(0, 5)).toBe(0);
  });

  it("rounds exact halves away from zero, which floating point gets wrong", () => {
    // The traps this code avoids: 28.75 and 50.25 are halves, but the usual float roundings go down.
    expect(Number(((23 / 80) * 100).toFixed(1))).toBe(28.7);
    expect(Math.round((201 / 400) * 1000) / 10).toBe(50.2);
    expect(percent(23, 80)).toBe(28.8);
    expect(percent(201, 400)).toBe(50.3);
    expect(percent(1349, 2000)).toBe(67.5); // exactly 67.45
    expect(percent(1, 2000)).toBe(0.1); // exactly 0.05
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(2003, 4000)).toBe(50.1); // exactly 50.075 rounds to 50.1
    expect(ratioToOneDecimal(7, 4)).toBe(1.8); // 1.75
    expect(ratioToOneDecimal(5, 4323, 1000)).toBe(1.2); // 1.1566...
  });

  it("gives null when there is nothing to divide by", () => {
    expect(percent(0, 0)).toBeNull();
    expect(ratioToOneDecimal(0, 0)).toBeNull();
  });

  it("refuses numbers that are not whole and at least 0", () => {
    expect(() => ratioToOneDecimal(-1, 3)).toThrow(RangeError);
    expect(() => ratioToOneDecimal(1.5, 3)).toThrow(RangeError);
  });

  it("rounds real numbers half away from zero too", () => {
    expect(roundToOneDecimal(67.45)).toBe(67.5);
    expect(roundToOneDecimal(-67.45)).toBe(-67.5);
    expect(roundToOneDecimal(2.25)).toBe(2.3);
    expect(roundToOneDecimal(0.05)).toBe(0.1);
    expect(roundToOneDecimal(3.9965)).toBe(4);
    expect(roundToOneDecimal(-0.01)).toBe(0);
  });
});
