import { describe, expect, it } from "vitest";
import { auditActionLabel, auditDetails, auditRecordHref, auditRecordLabel } from "@/lib/audit/labels";

describe("the audit log in words", () => {
  it("writes action codes and record kinds as words", () => {
    expect(auditActionLabel("feedback.extension_agreed")).toBe("Feedback extension agreed");
    expect(auditActionLabel("auth.second-factor.failed")).toBe("Sign-in second factor failed");
    expect(auditActionLabel("kpi.value_entered")).toBe("KPI value entered");
    expect(auditActionLabel("auth.sign-in.failed-repeatedly")).toBe("Sign-in failed repeatedly");
    expect(auditRecordLabel("SurveyRound")).toBe("Survey round");
    expect(auditRecordLabel("Kpi")).toBe("KPI");
  });

  it("links a record to its page where it has one", () => {
    expect(auditRecordHref("Feedback", "abc")).toBe("/staff/feedback/abc");
    expect(auditRecordHref("LocalHoliday", "2026-12-24")).toBeUndefined();
  });

  it("writes details as labelled values, dates in words, not JSON", () => {
    expect(
      auditDetails({ on: "2026-06-04", askedBy: "complainant", final: true, areas: ["North", "East"], note: null }),
    ).toEqual([
      { term: "On", text: "4 June 2026" },
      { term: "Asked by", text: "complainant" },
      { term: "Final", text: "yes" },
      { term: "Areas", text: "North, East" },
      { term: "Note", text: "none" },
    ]);
    expect(auditDetails({ changed: { title: "New", closesOn: "2026-07-01" } })).toEqual([
      { term: "Changed", text: "Title: New; Closes on: 1 July 2026" },
    ]);
    expect(auditDetails(null)).toEqual([]);
  });
});
