import { describe, expect, it } from "vitest";
import {
  byExceptionFirst,
  isInProgress,
  offTargetBy,
  quarterShortLabel,
  formatKpiValue,
  latestCompleteQuarter,
  quarterLongLabel,
  quartersEnding,
  ragFor,
  targetAppliesToArea,
  trendArrow,
  trendFor,
  trendDirection,
  trendSections,
  trendWords,
} from "@/lib/kpi/rules";
import { ZBoardAnswer, ZKpiDetails, ZKpiValue, ZPackCommentary, ZTrendsSection } from "@/lib/kpi/schemas";
import { addQuarters, financialQuarter, quarterBounds } from "@/lib/uk-time";

describe("RAG against a target", () => {
  const target = { target: 98, amberTolerance: 1 };

  it("is green on or above the target when higher is better, amber within the tolerance, red beyond it", () => {
    expect([
      ragFor(98, target, "HIGHER_IS_BETTER"),
      ragFor(99.5, target, "HIGHER_IS_BETTER"),
      ragFor(97.1, target, "HIGHER_IS_BETTER"),
      ragFor(97, target, "HIGHER_IS_BETTER"),
      ragFor(96.9, target, "HIGHER_IS_BETTER"),
    ]).toEqual(["GREEN", "GREEN", "AMBER", "AMBER", "RED"]);
  });

  it("mirrors the rule when lower is better", () => {
    const days = { target: 25, amberTolerance: 5 };
    expect([
      ragFor(20, days, "LOWER_IS_BETTER"),
      ragFor(25, days, "LOWER_IS_BETTER"),
      ragFor(30, days, "LOWER_IS_BETTER"),
      ragFor(30.1, days, "LOWER_IS_BETTER"),
    ]).toEqual(["GREEN", "GREEN", "AMBER", "RED"]);
  });

  it("flags gas safety at 97.9% against 100% with no tolerance as red, and is not fooled by floating point", () => {
    expect(ragFor(97.9, { target: 100, amberTolerance: 0 }, "HIGHER_IS_BETTER")).toBe("RED");
    expect(ragFor(0.1 + 0.2, { target: 0.3, amberTolerance: 0 }, "LOWER_IS_BETTER")).toBe("GREEN");
    expect(ragFor(97.9, { target: 98, amberTolerance: 0.1 }, "HIGHER_IS_BETTER")).toBe("AMBER");
  });

  it("says when there is no figure or no target rather than guessing a colour", () => {
    expect(ragFor(null, target, "HIGHER_IS_BETTER")).toBe("NO_DATA");
    expect(ragFor(50, null, "HIGHER_IS_BETTER")).toBe("NO_TARGET");
  });

  it("puts red before amber before the rest, keeping the library's order within each", () => {
    const tiles = [
      { code: "A", rag: "GREEN" as const, order: 0, key: false, offTarget: 0 },
      { code: "B", rag: "AMBER" as const, order: 1, key: false, offTarget: 0.1 },
      { code: "C", rag: "RED" as const, order: 2, key: false, offTarget: 0.5 },
      { code: "D", rag: "NO_DATA" as const, order: 3, key: false, offTarget: 0 },
      { code: "E", rag: "RED" as const, order: 4, key: false, offTarget: 0.5 },
    ];
    expect([...tiles].sort(byExceptionFirst).map((tile) => tile.code)).toEqual(["C", "E", "B", "A", "D"]);
  });

  it("ranks key KPIs' exceptions first, then the furthest off target, not the library's section order", () => {
    const tiles = [
      { code: "INV06", rag: "RED" as const, order: 0, key: false, offTarget: offTargetBy(0, 4, "HIGHER_IS_BETTER") },
      { code: "INV02", rag: "RED" as const, order: 1, key: false, offTarget: offTargetBy(10, 40, "HIGHER_IS_BETTER") },
      { code: "BS01", rag: "RED" as const, order: 7, key: true, offTarget: offTargetBy(97.9, 100, "HIGHER_IS_BETTER") },
      { code: "CH02", rag: "AMBER" as const, order: 5, key: true, offTarget: offTargetBy(12, 10, "LOWER_IS_BETTER") },
      { code: "SS01", rag: "GREEN" as const, order: 2, key: true, offTarget: 0 },
    ];
    expect([...tiles].sort(byExceptionFirst).map((tile) => tile.code)).toEqual([
      "BS01",
      "CH02",
      "INV06",
      "INV02",
      "SS01",
    ]);
  });

  it("gives a quarter not yet finished no status, and labels quarters the same in charts and tables", () => {
    const now = new Date("2026-11-15T12:00:00Z");
    expect(isInProgress({ year: 2026, quarter: 3 }, now)).toBe(true);
    expect(isInProgress({ year: 2026, quarter: 2 }, now)).toBe(false);
    expect(quarterShortLabel({ year: 2026, quarter: 1 })).toBe("Q1 26/27");
    expect(quarterShortLabel({ year: 2099, quarter: 4 })).toBe("Q4 99/00");
  });

  it("applies landlord-wide targets to an area's rates only, never to its counts or money", () => {
    expect([
      targetAppliesToArea("PERCENT"),
      targetAppliesToArea("DAYS"),
      targetAppliesToArea("COUNT"),
      targetAppliesToArea("MONEY"),
    ]).toEqual([true, true, false, false]);
  });
});

describe("trends", () => {
  it("reads up as better when higher is better and as worse when lower is better", () => {
    expect(trendFor(90, 85, "HIGHER_IS_BETTER")).toEqual({ change: "UP", better: true });
    expect(trendFor(30, 25, "LOWER_IS_BETTER")).toEqual({ change: "UP", better: false });
    expect(trendFor(20, 25, "LOWER_IS_BETTER")).toEqual({ change: "DOWN", better: true });
    expect(trendFor(25, 25, "LOWER_IS_BETTER")).toEqual({ change: "SAME", better: null });
    expect(trendFor(25, null, "LOWER_IS_BETTER")).toEqual({ change: "NONE", better: null });
  });

  it("gives an arrow and the same in words", () => {
    const up = trendFor(90, 85, "HIGHER_IS_BETTER");
    expect(trendArrow(up)).toBe("↑");
    expect(trendWords(up, "85.0%")).toBe("Up from 85.0% (better)");
    expect(trendWords(trendFor(80, 85, "HIGHER_IS_BETTER"), "85.0%")).toBe("Down from 85.0% (worse)");
    // In the pack's table the earlier figure has its own column: the trend does not repeat it.
    expect(trendDirection(trendFor(80, 85, "LOWER_IS_BETTER"))).toBe("Down (better)");
    expect(trendDirection(trendFor(85, 85, "LOWER_IS_BETTER"))).toBe("No change");
    expect(trendWords(trendFor(80, null, "HIGHER_IS_BETTER"), "No figure")).toBe("No earlier figure");
  });
});

describe("quarters", () => {
  it("reports on the quarter before the one today is in, in UK time", () => {
    expect(latestCompleteQuarter(new Date("2026-11-27T10:00:00Z"))).toEqual({ year: 2026, quarter: 2 });
    expect(latestCompleteQuarter(new Date("2026-04-01T00:30:00+01:00"))).toEqual({ year: 2025, quarter: 4 });
    // 23:30 UTC on 31 March is already 1 April in the UK (summer time).
    expect(financialQuarter(new Date("2026-03-31T23:30:00Z"))).toEqual({ year: 2026, quarter: 1 });
    expect(financialQuarter(new Date("2027-01-15T12:00:00Z"))).toEqual({ year: 2026, quarter: 4 });
  });

  it("steps across financial years and lists eight quarters oldest first", () => {
    expect(addQuarters({ year: 2026, quarter: 1 }, -1)).toEqual({ year: 2025, quarter: 4 });
    expect(addQuarters({ year: 2025, quarter: 4 }, 1)).toEqual({ year: 2026, quarter: 1 });
    const eight = quartersEnding({ year: 2026, quarter: 2 }, 8);
    expect(eight[0]).toEqual({ year: 2024, quarter: 3 });
    expect(eight.at(-1)).toEqual({ year: 2026, quarter: 2 });
    expect(eight).toHaveLength(8);
  });

  it("bounds a quarter by UK midnights and names it", () => {
    const { start, end } = quarterBounds({ year: 2026, quarter: 4 });
    expect(start.toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(end.toISOString()).toBe("2027-03-31T23:00:00.000Z");
    expect(quarterBounds({ year: 2026, quarter: 1 }).start.toISOString()).toBe("2026-03-31T23:00:00.000Z");
    expect(quarterLongLabel({ year: 2026, quarter: 3 })).toBe("Quarter 3 2026/27 (October to December)");
  });
});

describe("figures as shown", () => {
  it("writes each unit the way a board paper does", () => {
    expect([
      formatKpiValue("PERCENT", 97.9),
      formatKpiValue("COUNT", 1234),
      formatKpiValue("DAYS", 8.25),
      formatKpiValue("SECONDS", 40),
      formatKpiValue("MONEY", 12500),
      formatKpiValue("MONEY", null),
    ]).toEqual(["97.9%", "1,234", "8.3 days", "40 seconds", "£12,500", "No figure"]);
  });
});

describe("library input", () => {
  const valid = {
    code: "inv01",
    name: "Customers involved",
    description: "Different customers",
    unit: "COUNT",
    direction: "HIGHER_IS_BETTER",
    section: "INVOLVEMENT",
    source: "INVOLVED_CUSTOMERS",
    owner: "Head of Involvement",
    outcomeCodes: "en:tia, SC:3",
  };

  it("upper-cases the code and reads outcome codes from the shared list", () => {
    const parsed = ZKpiDetails.parse(valid);
    expect(parsed.code).toBe("INV01");
    expect(parsed.outcomeCodes).toEqual(["EN:TIA", "SC:3"]);
  });

  it("refuses an unknown outcome and a measure source without its code", () => {
    const unknown = ZKpiDetails.safeParse({ ...valid, outcomeCodes: "EN:XYZ" });
    expect(unknown.success ? [] : unknown.error.issues.map((issue) => issue.path.join("."))).toEqual(["outcomeCodes"]);
    const noCode = ZKpiDetails.safeParse({ ...valid, source: "MANAGEMENT_MEASURE" });
    expect(noCode.success ? [] : noCode.error.issues.map((issue) => issue.message)).toEqual([
      "Enter the measure code this KPI takes, such as BS01 or TP01",
    ]);
  });

  it("reads a quarter's figure with commas and a pound sign, and refuses text", () => {
    expect(ZKpiValue.parse({ kpiId: "k", period: "2026-2", value: "£12,500" })).toMatchObject({
      period: { year: 2026, quarter: 2 },
      value: 12500,
    });
    // A rate is written with its percent sign as often as without: "81.3%" is the same figure as 81.3.
    expect(ZKpiValue.parse({ kpiId: "k", period: "2026-2", value: "81.3%" }).value).toBe(81.3);
    const bad = ZKpiValue.safeParse({ kpiId: "k", period: "2026-5", value: "lots" });
    expect(bad.success ? [] : bad.error.issues.map((issue) => issue.path.join("."))).toEqual(["period", "value"]);
  });

  it("collects why, what is being done and when per exception, and refuses an over-long one beside its field", () => {
    expect(
      ZPackCommentary.parse({
        year: "2026",
        quarter: "2",
        commentary_SS01: " Staff shortage ",
        action_SS01: "Two advisers start in October",
        recovery_SS01: "",
        other: "x",
      }),
    ).toEqual({
      quarter: { year: 2026, quarter: 2 },
      commentary: [
        { kpiCode: "SS01", text: "Staff shortage", action: "Two advisers start in October", recoveryBy: null },
      ],
    });
    const noReason = ZPackCommentary.safeParse({
      year: "2026",
      quarter: "2",
      commentary_SS01: "",
      recovery_SS01: "Q4",
    });
    expect(noReason.success ? [] : noReason.error.issues.map((issue) => issue.message)).toEqual([
      "Say why the KPI is off target",
    ]);
    const long = ZPackCommentary.safeParse({ year: "2026", quarter: "2", commentary_SS01: "x".repeat(2001) });
    expect(long.success ? [] : long.error.issues.map((issue) => issue.path.join("."))).toEqual(["commentary_SS01"]);
  });
});

describe("a board question's answer", () => {
  it("is read from the box named after its question, so several questions on one page keep their own boxes", () => {
    expect(ZBoardAnswer.parse({ id: "q1", answer_q1: " Two homes ", answer_q2: "Other" })).toEqual({
      id: "q1",
      answer: "Two homes",
    });
    const empty = ZBoardAnswer.safeParse({ id: "q1", answer_q2: "Wrong box" });
    expect(empty.success ? [] : empty.error.issues.map((issue) => issue.path.join("."))).toEqual(["answer_q1"]);
  });
});

describe("the trends page's sections", () => {
  const tiles = [{ section: "COMPLAINTS" }, { section: "INVOLVEMENT" }, { section: "COMPLAINTS" }] as const;

  it("lists the sections with KPIs in the pack's order and shows the one asked for", () => {
    expect(trendSections([...tiles], "COMPLAINTS")).toEqual({
      present: ["INVOLVEMENT", "COMPLAINTS"],
      shown: "COMPLAINTS",
    });
  });

  it("shows the first section with KPIs when none, an empty one or an unknown one is asked for", () => {
    expect(trendSections([...tiles], undefined).shown).toBe("INVOLVEMENT");
    expect(trendSections([...tiles], "BUDGET").shown).toBe("INVOLVEMENT");
    expect(trendSections([...tiles], ZTrendsSection.parse("NOT_A_SECTION")).shown).toBe("INVOLVEMENT");
    expect(trendSections([], "BUDGET")).toEqual({ present: [], shown: null });
  });
});
