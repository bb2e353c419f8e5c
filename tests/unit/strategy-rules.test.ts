import { describe, expect, it } from "vitest";
import { ZStrategyPartRemoval } from "@/lib/strategy/schemas";
import {
  assessmentProblems,
  canMoveTo,
  incompleteCharacteristics,
  isEditable,
  isException,
  isInForce,
  isOverdue,
  needsUpdate,
  ragFor,
  reviewAlerts,
  statusesBefore,
} from "@/lib/strategy/rules";
import { addYears, financialQuarter, quarterRange } from "@/lib/uk-time";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("strategy status", () => {
  it("lets drafts and consultation versions change, never approved or superseded ones", () => {
    expect([isEditable("DRAFT"), isEditable("CONSULTATION"), isEditable("APPROVED"), isEditable("SUPERSEDED")]).toEqual(
      [true, true, false, false],
    );
  });

  it("moves draft, consultation, approved, superseded in that order only", () => {
    expect(canMoveTo("DRAFT", "CONSULTATION")).toBe(true);
    expect(canMoveTo("CONSULTATION", "APPROVED")).toBe(true);
    expect(canMoveTo("APPROVED", "SUPERSEDED")).toBe(true);
    // No skipping consultation, no going back, nothing after superseded.
    expect(canMoveTo("DRAFT", "APPROVED")).toBe(false);
    expect(canMoveTo("APPROVED", "DRAFT")).toBe(false);
    expect(canMoveTo("SUPERSEDED", "APPROVED")).toBe(false);
    expect(statusesBefore("APPROVED")).toEqual(["CONSULTATION"]);
    expect(statusesBefore("DRAFT")).toEqual([]);
  });

  it("keeps action plans and new drafts to the version in force", () => {
    expect(["DRAFT", "CONSULTATION", "APPROVED", "SUPERSEDED"].filter((s) => isInForce(s as "DRAFT"))).toEqual([
      "APPROVED",
    ]);
  });
});

describe("RAG colour", () => {
  it("follows from the action's status", () => {
    expect([
      ragFor("NOT_STARTED"),
      ragFor("ON_TRACK"),
      ragFor("AT_RISK"),
      ragFor("OFF_TRACK"),
      ragFor("COMPLETE"),
    ]).toEqual(["GREY", "GREEN", "AMBER", "RED", "BLUE"]);
  });
});

describe("financial quarters", () => {
  it("start in April, with January to March in the previous year's fourth quarter", () => {
    expect(financialQuarter(day("2026-04-01"))).toEqual({ year: 2026, quarter: 1 });
    expect(financialQuarter(day("2026-09-30"))).toEqual({ year: 2026, quarter: 2 });
    expect(financialQuarter(day("2026-11-23"))).toEqual({ year: 2026, quarter: 3 });
    expect(financialQuarter(day("2027-03-31"))).toEqual({ year: 2026, quarter: 4 });
  });

  it("run from the first day to the first day after", () => {
    expect(quarterRange(2026, 1)).toEqual({ from: day("2026-04-01"), to: day("2026-07-01") });
    expect(quarterRange(2026, 4)).toEqual({ from: day("2027-01-01"), to: day("2027-04-01") });
  });
});

describe("flagging actions", () => {
  const now = new Date("2026-11-23T10:00:00Z");

  it("treats an unfinished action as overdue only once its target day has passed", () => {
    expect(isOverdue({ status: "ON_TRACK", targetOn: day("2026-11-22") }, now)).toBe(true);
    expect(isOverdue({ status: "ON_TRACK", targetOn: day("2026-11-23") }, now)).toBe(false);
    expect(isOverdue({ status: "COMPLETE", targetOn: day("2026-01-01") }, now)).toBe(false);
  });

  it("asks for an update when nothing has been posted since the quarter began", () => {
    const target = day("2027-03-31");
    expect(needsUpdate({ status: "ON_TRACK", targetOn: target, lastUpdateOn: null }, now)).toBe(true);
    expect(needsUpdate({ status: "ON_TRACK", targetOn: target, lastUpdateOn: day("2026-09-30") }, now)).toBe(true);
    expect(needsUpdate({ status: "ON_TRACK", targetOn: target, lastUpdateOn: day("2026-10-01") }, now)).toBe(false);
    expect(needsUpdate({ status: "COMPLETE", targetOn: target, lastUpdateOn: null }, now)).toBe(false);
  });

  it("reports at risk, off track and overdue actions by exception", () => {
    const future = day("2027-01-01");
    expect(isException({ status: "AT_RISK", targetOn: future }, now)).toBe(true);
    expect(isException({ status: "OFF_TRACK", targetOn: future }, now)).toBe(true);
    expect(isException({ status: "ON_TRACK", targetOn: future }, now)).toBe(false);
    expect(isException({ status: "NOT_STARTED", targetOn: day("2026-10-01") }, now)).toBe(true);
  });
});

describe("equality impact assessment", () => {
  it("needs an impact and evidence, and a mitigation when the impact is negative", () => {
    expect(assessmentProblems({ impact: "POSITIVE", evidence: "Survey" })).toEqual({});
    expect(Object.keys(assessmentProblems({ impact: "NEGATIVE", evidence: "Survey" }))).toEqual(["mitigation"]);
    expect(Object.keys(assessmentProblems({}))).toEqual(["impact", "evidence"]);
  });

  it("names the characteristics still to assess", () => {
    const questions = [
      { key: "age", label: "Age group" },
      { key: "disability", label: "Do you consider yourself to have a disability?" },
      { key: "local", label: "Care experience" },
    ];
    const rows = new Map([["age", { impact: "NEUTRAL", evidence: "Profile" }]]);
    expect(incompleteCharacteristics(questions, rows)).toEqual(["Disability", "Care experience"]);
  });
});

describe("review cycle", () => {
  const now = new Date("2026-11-23T10:00:00Z");

  it("adds whole years to a date", () => {
    expect(addYears(day("2025-04-01"), 3)).toEqual(day("2028-04-01"));
  });

  it("shows reviews due within 90 days or late, soonest first, and tenant consultation three years on", () => {
    const alerts = reviewAlerts(
      {
        fullReviewDueOn: day("2028-04-01"),
        kpiReviewDueOn: day("2027-01-15"),
        tenantConsultationOn: day("2023-11-01"),
      },
      now,
    );
    expect(alerts).toEqual([
      { label: "Consultation with tenants on involvement arrangements", dueOn: day("2026-11-01"), overdue: true },
      { label: "Yearly review of the strategy's performance indicators", dueOn: day("2027-01-15"), overdue: false },
    ]);
  });

  it("shows nothing when no review is near", () => {
    expect(
      reviewAlerts({ fullReviewDueOn: day("2028-04-01"), kpiReviewDueOn: null, tenantConsultationOn: null }, now),
    ).toEqual([]);
  });
});

describe("choosing a part of the draft to remove", () => {
  it("reads the kind and id from one radio value and refuses anything else beside the field", () => {
    expect(ZStrategyPartRemoval.parse({ strategyId: "s1", part: "priority:cm123" }).part).toEqual({
      kind: "priority",
      id: "cm123",
    });
    for (const part of [undefined, "", "action:cm123", "priority:", "priority:a b"]) {
      expect(
        ZStrategyPartRemoval.safeParse({ strategyId: "s1", part }).error?.issues.map((issue) => [
          issue.path.join("."),
          issue.message,
        ]),
      ).toEqual([["part", "Choose what to remove"]]);
    }
  });
});
