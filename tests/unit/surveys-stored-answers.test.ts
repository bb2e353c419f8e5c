import { describe, expect, it } from "vitest";
import { fromPoints, measuresFor, POSITIVE_POINTS, toPoints, answerColumn } from "@/lib/surveys/stored-answers";

describe("answers as the database keeps them", () => {
  it("stores the best answer as 5 points and the opt-out as 0, and reads them back", () => {
    expect([0, 1, 2, 3, 4].map((rank) => toPoints(rank))).toEqual([5, 4, 3, 2, 1]);
    expect(toPoints("not_applicable")).toBe(0);
    for (const answer of [0, 1, 2, 3, 4, "not_applicable"] as const) expect(fromPoints(toPoints(answer))).toBe(answer);
  });

  it("counts the top two answers as positive", () => {
    expect([0, 1, 2].map((rank) => toPoints(rank) >= POSITIVE_POINTS)).toEqual([true, true, false]);
  });

  it("gives England the twelve TSMs and Scotland the three ARC survey indicators", () => {
    expect(measuresFor("ENGLAND").map(({ code }) => answerColumn(code))).toEqual([
      "tp01",
      "tp02",
      "tp03",
      "tp04",
      "tp05",
      "tp06",
      "tp07",
      "tp08",
      "tp09",
      "tp10",
      "tp11",
      "tp12",
    ]);
    expect(measuresFor("SCOTLAND").map(({ code }) => answerColumn(code))).toEqual(["arc1", "arc2", "arc5"]);
  });
});
