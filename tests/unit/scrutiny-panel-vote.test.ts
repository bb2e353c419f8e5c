import { describe, expect, it } from "vitest";
import { draftProblem, reopensReport, reportAgreement, voteProblem } from "@/lib/scrutiny/rules";

const votes = (FOR: number, AGAINST = 0, ABSTAIN = 0) => ({ FOR, AGAINST, ABSTAIN });

describe("the panel's rule for agreeing its report", () => {
  it("needs more than half of the current members to have voted", () => {
    expect(reportAgreement(6, votes(3))).toMatchObject({ quorum: 4, quorate: false, agreed: false });
    expect(reportAgreement(6, votes(3, 0, 1))).toMatchObject({ cast: 4, quorate: true, agreed: true });
    expect(reportAgreement(5, votes(3))).toMatchObject({ quorum: 3, agreed: true });
  });

  it("needs more votes for than against; abstentions count only towards the quorum", () => {
    expect(reportAgreement(5, votes(2, 2, 1)).agreed).toBe(false);
    expect(reportAgreement(5, votes(1, 0, 2)).agreed).toBe(true);
    expect(reportAgreement(5, votes(0, 0, 3)).agreed).toBe(false);
  });

  it("never agrees for a panel with no current members", () => {
    expect(reportAgreement(0, votes(0)).agreed).toBe(false);
  });
});

describe("when the panel may vote and redraft", () => {
  const draft = {
    status: "REPORTING" as const,
    findings: "Repairs are slow",
    reportAgreedAt: null,
    recommendations: [{ response: null }],
  };

  it("votes only on a written report that is not yet agreed", () => {
    expect(voteProblem(draft)).toBeUndefined();
    expect(voteProblem({ ...draft, reportAgreedAt: new Date() })).toMatch(/already agreed/);
    expect(voteProblem({ ...draft, status: "GATHERING_EVIDENCE" })).toMatch(/being written/);
    expect(voteProblem({ ...draft, recommendations: [] })).toMatch(/at least one recommendation/);
  });

  it("redrafts until the report is agreed or published; going back to a writing stage reopens it", () => {
    expect(draftProblem(draft)).toBeUndefined();
    expect(draftProblem({ ...draft, reportAgreedAt: new Date() })).toMatch(/agreed/);
    expect(draftProblem({ ...draft, status: "PUBLISHED" })).toMatch(/published/);
    expect(reopensReport("REPORTING")).toBe(true);
    expect(reopensReport("AWAITING_RESPONSE")).toBe(false);
  });
});
