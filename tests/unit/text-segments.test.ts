import { describe, expect, it } from "vitest";
import { textSegments } from "@/lib/communications/text-segments";

describe("counting text message segments", () => {
  it("fits 160 plain characters in one message and 306 in two", () => {
    expect(textSegments("a".repeat(160))).toMatchObject({ length: 160, segments: 1, unicode: false });
    expect(textSegments("a".repeat(161)).segments).toBe(2);
    expect(textSegments("a".repeat(306)).segments).toBe(2);
    expect(textSegments("a".repeat(307)).segments).toBe(3);
    expect(textSegments("").segments).toBe(0);
  });

  it("counts the euro sign and brackets as two characters", () => {
    expect(textSegments("€".repeat(80))).toMatchObject({ length: 160, segments: 1 });
    expect(textSegments("[".repeat(81)).segments).toBe(2);
  });

  it("drops to 70 characters a message when a character is outside the phone alphabet", () => {
    expect(textSegments("’".repeat(70))).toMatchObject({ segments: 1, unicode: true });
    expect(textSegments(`${"a".repeat(70)}’`).segments).toBe(2);
    expect(textSegments("😀".repeat(35))).toMatchObject({ length: 70, segments: 1 });
  });
});
