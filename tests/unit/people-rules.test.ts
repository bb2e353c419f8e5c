import { describe, expect, it } from "vitest";
import { consentChanges, normalisePostcode, preferredChannelProblem, UK_POSTCODE } from "@/lib/people/rules";

describe("normalisePostcode", () => {
  it("upper-cases and puts one space before the inward code", () => {
    expect(normalisePostcode(" nv12ab ")).toBe("NV1 2AB");
    expect(normalisePostcode("EH1  1YZ")).toBe("EH1 1YZ");
    expect(normalisePostcode("sw1a1aa")).toBe("SW1A 1AA");
  });

  it("produces what the UK pattern accepts", () => {
    expect(UK_POSTCODE.test(normalisePostcode("g2 1df"))).toBe(true);
    expect(UK_POSTCODE.test(normalisePostcode("12345"))).toBe(false);
  });
});

describe("consentChanges", () => {
  it("adds new channels and withdraws dropped ones, leaving the rest", () => {
    expect(consentChanges(["EMAIL", "PHONE"], ["PHONE", "SMS"])).toEqual({ add: ["SMS"], remove: ["EMAIL"] });
  });
});

describe("preferredChannelProblem", () => {
  it("refuses a preference the customer has not agreed to", () => {
    expect(preferredChannelProblem("LETTER", ["EMAIL"])).toMatch(/agreed to/);
    expect(preferredChannelProblem("EMAIL", ["EMAIL"])).toBeUndefined();
    expect(preferredChannelProblem(undefined, [])).toBeUndefined();
  });
});
