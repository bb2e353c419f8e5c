import { describe, expect, it } from "vitest";
import { contrastRatio, isSameSitePath, passesWithWhiteText } from "@/lib/landlord/rules";

describe("brand colour contrast with white text", () => {
  it("measures contrast as WCAG does", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that passes on white: 4.54:1.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("accepts dark colours and refuses those under 4.5:1 or not colours at all", () => {
    expect(passesWithWhiteText("#166534")).toBe(true);
    expect(passesWithWhiteText("#1d4ed8")).toBe(true);
    expect(passesWithWhiteText("#767676")).toBe(true);
    expect(passesWithWhiteText("#777777")).toBe(false);
    expect(passesWithWhiteText("#ffcc00")).toBe(false);
    expect(passesWithWhiteText("red")).toBe(false);
  });
});

describe("logo addresses", () => {
  it("allows files on this site only", () => {
    expect(isSameSitePath("/images/logo.png")).toBe(true);
    expect(isSameSitePath("//evil.com/logo.png")).toBe(false);
    expect(isSameSitePath("/\\evil.com/logo.png")).toBe(false);
    expect(isSameSitePath("https://evil.com/logo.png")).toBe(false);
    expect(isSameSitePath("logo.png")).toBe(false);
  });
});
