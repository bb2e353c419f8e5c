import { describe, expect, it } from "vitest";
import { requirementsFor } from "@/lib/self-assessment/requirements";
import { chosenEvidence, needsAction, signOffBlockers, unfinishedRequirements } from "@/lib/self-assessment/rules";

const requirement = (
  heading: string,
  rating: "MEETS" | "PARTLY_MEETS" | "DOES_NOT_MEET" | null,
  narrative: string | null,
  actionCount = 0,
) => ({ code: heading, heading, rating, narrative, actionCount });

describe("self-assessment rules", () => {
  it("assesses England against the TIA standard and Scotland against Charter outcome 3", () => {
    expect(new Set(requirementsFor("ENGLAND").map((entry) => entry.outcomeCode))).toEqual(new Set(["EN:TIA"]));
    expect(new Set(requirementsFor("SCOTLAND").map((entry) => entry.outcomeCode))).toEqual(new Set(["SC:3"]));
    const codes = [...requirementsFor("ENGLAND"), ...requirementsFor("SCOTLAND")].map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("counts a requirement unfinished until it has a rating and a narrative that is more than spaces", () => {
    const rows = [requirement("A", null, "Why"), requirement("B", "MEETS", "  "), requirement("C", "MEETS", "Why")];
    expect(unfinishedRequirements(rows).map((row) => row.heading)).toEqual(["A", "B"]);
  });

  it("wants an improvement action for every requirement rated below meets", () => {
    expect(needsAction({ rating: "PARTLY_MEETS", actionCount: 0 })).toBe(true);
    expect(needsAction({ rating: "DOES_NOT_MEET", actionCount: 1 })).toBe(false);
    expect(needsAction({ rating: "MEETS", actionCount: 0 })).toBe(false);
    expect(needsAction({ rating: null, actionCount: 0 })).toBe(false);
    expect(
      signOffBlockers([
        requirement("Scrutiny", "PARTLY_MEETS", "Why"),
        requirement("Complaints", null, null),
        requirement("Information", "MEETS", "Why"),
      ]),
    ).toEqual(["Complaints: rate it and explain why", "Scrutiny: add an improvement action for the gap"]);
  });

  it("takes only evidence the assurance map offered, as it read then", () => {
    const offered = [{ kind: "KPI", title: "INV01 Involved", href: "/board#kpi-INV01", extra: 1 }];
    expect(chosenEvidence(offered, ["/board#kpi-INV01"])).toEqual([
      { kind: "KPI", title: "INV01 Involved", href: "/board#kpi-INV01" },
    ]);
    expect(chosenEvidence(offered, [])).toEqual([]);
    expect(chosenEvidence(offered, ["/board#kpi-INV01", "https://elsewhere.example"])).toBeNull();
  });
});
