import { describe, expect, it } from "vitest";
import { consultationForAudience, EVERYONE, profileRows, share, splitEqualityAnswerKey } from "@/lib/reach/rules";

const anything = () => true;

describe("involvement profile rows", () => {
  it("gives shares to one decimal place and the gap in percentage points", () => {
    expect(share(1, 3)).toBe(33.3);
    expect(share(0, 0)).toBe(0);
    const [young, older] = profileRows(
      [
        { value: "young", involved: 10, customers: 400 },
        { value: "older", involved: 90, customers: 600 },
      ],
      { involved: 100, customers: 1000 },
      5,
      anything,
    );
    expect(young).toEqual({
      value: "young",
      involved: 10,
      customers: 400,
      involvedShare: 10,
      customerShare: 40,
      gap: -30,
      seldomHeard: true,
    });
    expect(older).toMatchObject({ gap: 30, seldomHeard: false });
  });

  it("hides 1 to 4, and the next smallest when one alone is hidden, but still flags the group", () => {
    const rows = profileRows(
      [
        { value: "a", involved: 3, customers: 300 },
        { value: "b", involved: 20, customers: 300 },
        { value: "c", involved: 77, customers: 400 },
      ],
      { involved: 100, customers: 1000 },
      5,
      anything,
    );
    expect(rows.map((row) => row.involved)).toEqual([null, null, 77]);
    expect(rows[0]).toMatchObject({ involvedShare: null, gap: null, customerShare: 30, seldomHeard: true });
  });

  it("never flags a value that cannot be targeted, a tiny group, or a gap under the threshold", () => {
    const counts = [
      { value: "", involved: 0, customers: 500 },
      { value: "tiny", involved: 0, customers: 4 },
      { value: "near", involved: 46, customers: 496 },
    ];
    const rows = profileRows(counts, { involved: 100, customers: 1000 }, 5, (value) => value !== "");
    expect(rows.map((row) => row.seldomHeard)).toEqual([false, false, false]);
    // 46% of those involved against 49.6% of customers: 3.6 points, under a threshold of 5 but over one of 3.
    expect(profileRows(counts, { involved: 100, customers: 1000 }, 3, anything)[2]!.seldomHeard).toBe(true);
  });
});

describe("the audience of a seldom-heard group", () => {
  it("is a link to a new consultation with its lists ticked", () => {
    const url = consultationForAudience({
      ...EVERYONE,
      audienceEqualityAnswers: ["age=16 to 24"],
      audienceAreaIds: ["a1"],
    });
    expect(url).toBe("/staff/consultations/new?audienceAreaIds=a1&audienceEqualityAnswers=age%3D16+to+24");
  });

  it("reads an equality answer key back, refusing one without a question", () => {
    expect(splitEqualityAnswerKey("age=16 to 24")).toEqual({ questionKey: "age", answer: "16 to 24" });
    expect(splitEqualityAnswerKey("=16 to 24")).toBeNull();
  });
});
