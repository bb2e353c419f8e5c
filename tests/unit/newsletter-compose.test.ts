import { describe, expect, it } from "vitest";
import { communicationInput } from "@/lib/communications/schemas";

const parse = communicationInput("https://involve.example").safeParse;
const form = {
  title: "Spring",
  summary: "What is on.",
  heading1: "Gardens",
  text1: "The club meets on Tuesdays.",
  textMessage: "Our spring newsletter is out.",
  everyone: "yes",
};
const problems = (input: Record<string, unknown>) =>
  parse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]);

describe("the newsletter as the compose form posts it", () => {
  it("refuses a text over two segments with its link and STOP line, as the server checks it without JavaScript", () => {
    // 306 characters fit two texts; the link and "Reply STOP to stop texts" take part of that.
    expect(problems({ ...form, textMessage: "a".repeat(240) })).toEqual([
      ["textMessage", "The text message is longer than two texts: shorten it"],
    ]);
    expect(problems({ ...form, textMessage: "a".repeat(200) })).toBeUndefined();
  });

  it("refuses an audience of nobody", () => {
    expect(problems({ ...form, everyone: undefined })).toEqual([
      [
        "audience",
        "Choose who this is for: everyone, or some areas, kinds of customer, groups, support needs or answers",
      ],
    ]);
  });

  it("keeps the ticked cards as choices for the draft, and refuses a kind it does not offer", () => {
    expect(parse({ ...form, cards: ["events", "survey"] }).data?.cards).toEqual([
      { kind: "events" },
      { kind: "survey" },
    ]);
    expect(parse(form).data?.cards).toEqual([]);
    expect(problems({ ...form, cards: "weather" })?.[0]?.[1]).toBe("Choose from the list");
  });
});
