import { describe, expect, it } from "vitest";
import {
  DEFAULT_EQUALITY_QUESTIONS,
  answerOptions,
  PREFER_NOT_TO_SAY,
  suppressSmallCounts,
} from "@/lib/people/equality";

describe("suppressSmallCounts", () => {
  it("hides counts from 1 to 4 and keeps zero and 5 or more", () => {
    expect(
      suppressSmallCounts([
        { answer: "A", count: 0 },
        { answer: "B", count: 1 },
        { answer: "C", count: 4 },
        { answer: "D", count: 5 },
        { answer: "E", count: 12 },
      ]),
    ).toEqual([
      { answer: "A", count: 0 },
      { answer: "B", count: null },
      { answer: "C", count: null },
      { answer: "D", count: 5 },
      { answer: "E", count: 12 },
    ]);
  });

  it("hides the next smallest count when only one is small, so it cannot be worked out from the total", () => {
    expect(
      suppressSmallCounts([
        { answer: "Yes", count: 3 },
        { answer: "No", count: 40 },
        { answer: "Prefer not to say", count: 7 },
      ]),
    ).toEqual([
      { answer: "Yes", count: null },
      { answer: "No", count: 40 },
      { answer: "Prefer not to say", count: null },
    ]);
  });
});

describe("equality questions", () => {
  it("start from nine characteristics in England and eight in Scotland", () => {
    expect(DEFAULT_EQUALITY_QUESTIONS.ENGLAND).toHaveLength(9);
    expect(DEFAULT_EQUALITY_QUESTIONS.SCOTLAND).toHaveLength(8);
  });

  it("always offer prefer not to say", () => {
    expect(answerOptions(["Yes", "No"])).toEqual(["Yes", "No", PREFER_NOT_TO_SAY]);
  });
});
