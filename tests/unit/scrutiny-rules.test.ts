import { describe, expect, it } from "vitest";
import { declineProblem } from "@/lib/groups/rules";
import { ZJoinDecision } from "@/lib/groups/schemas";
import { outcomeCodesProblem } from "@/lib/outcomes/standards";
import {
  isOverdue,
  isPublic,
  meetingAgreementProblem,
  nextStatuses,
  recommendationProgress,
  responseProblems,
  statusChangeProblem,
} from "@/lib/scrutiny/rules";
import { ZResponse } from "@/lib/scrutiny/schemas";

const day = (value: string) => new Date(`${value}T00:00:00Z`);
const NOW = new Date("2026-06-10T15:00:00Z");

describe("recommendation progress", () => {
  const agreed = { response: "ACCEPTED" as const, dueOn: day("2026-06-10"), completedOn: null };

  it("is overdue only once the due day has passed without completion", () => {
    expect(recommendationProgress(agreed, NOW)).toBe("IN_PROGRESS");
    expect(recommendationProgress({ ...agreed, dueOn: day("2026-06-09") }, NOW)).toBe("OVERDUE");
    expect(isOverdue({ ...agreed, dueOn: day("2026-06-09") }, NOW)).toBe(true);
    expect(recommendationProgress({ ...agreed, dueOn: day("2026-06-09"), completedOn: day("2026-06-10") }, NOW)).toBe(
      "COMPLETE",
    );
  });

  it("never counts a rejected or unanswered recommendation as overdue", () => {
    expect(recommendationProgress({ response: "REJECTED", dueOn: null, completedOn: null }, NOW)).toBe("REJECTED");
    expect(recommendationProgress({ response: null, dueOn: day("2020-01-01"), completedOn: null }, NOW)).toBe(
      "AWAITING_RESPONSE",
    );
    expect(
      recommendationProgress({ response: "PARTLY_ACCEPTED", dueOn: day("2026-01-01"), completedOn: null }, NOW),
    ).toBe("OVERDUE");
  });
});

describe("the landlord's response", () => {
  it("needs a reason when rejected or partly accepted, and an action plan unless rejected", () => {
    expect(responseProblems({ response: "REJECTED" })).toEqual({
      responseReason: "Say why the recommendation is rejected",
    });
    expect(responseProblems({ response: "REJECTED", responseReason: "Too costly" })).toEqual({});
    expect(Object.keys(responseProblems({ response: "PARTLY_ACCEPTED" })).sort()).toEqual([
      "action",
      "actionOwner",
      "dueOn",
      "responseReason",
    ]);
    expect(
      responseProblems({
        response: "ACCEPTED",
        action: "Do it",
        actionOwner: "Head of Repairs",
        dueOn: day("2026-09-01"),
      }),
    ).toEqual({});
  });

  it("puts each problem beside its field when the form is parsed", () => {
    const parsed = ZResponse.safeParse({
      recommendationId: "r1",
      response: "PARTLY_ACCEPTED",
      action: "Pilot",
      actionOwner: "",
      dueOn: "",
    });
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["responseReason", "actionOwner", "dueOn"]));
  });
});

describe("review stages", () => {
  const agreed = new Date("2026-05-01T10:00:00Z");
  const ready = { findings: "Found", reportAgreedAt: agreed, recommendations: [{ response: "ACCEPTED" as const }] };

  it("moves one stage at a time and never unpublishes", () => {
    expect(statusChangeProblem("SCOPING", "GATHERING_EVIDENCE", ready)).toBeUndefined();
    expect(statusChangeProblem("SCOPING", "PUBLISHED", ready)).toBe(
      "A review cannot move to that stage from where it is now",
    );
    expect(statusChangeProblem("REPORTING", "GATHERING_EVIDENCE", ready)).toBeUndefined();
    expect(nextStatuses("PUBLISHED")).toEqual(["CLOSED"]);
    expect(nextStatuses("CLOSED")).toEqual([]);
    expect(isPublic("CLOSED")).toBe(true);
    expect(isPublic("AWAITING_RESPONSE")).toBe(false);
  });

  it("sends the report only with findings and a recommendation, and publishes only once every one has a response", () => {
    expect(
      statusChangeProblem("REPORTING", "AWAITING_RESPONSE", {
        findings: null,
        reportAgreedAt: null,
        recommendations: [],
      }),
    ).toMatch(/Record the findings/);
    expect(statusChangeProblem("REPORTING", "AWAITING_RESPONSE", ready)).toBeUndefined();
    expect(statusChangeProblem("REPORTING", "AWAITING_RESPONSE", { ...ready, reportAgreedAt: null })).toMatch(
      /agree the report, by its vote or at a meeting/,
    );
    const unanswered = { ...ready, recommendations: [{ response: "ACCEPTED" as const }, { response: null }] };
    expect(statusChangeProblem("AWAITING_RESPONSE", "PUBLISHED", unanswered)).toMatch(
      /respond to every recommendation/,
    );
    expect(statusChangeProblem("AWAITING_RESPONSE", "PUBLISHED", ready)).toBeUndefined();
  });
});

describe("outcome tags and join decisions", () => {
  it("accepts only the landlord's own regime's outcomes", () => {
    expect(outcomeCodesProblem(["EN:TIA", "EN:SQ"], "ENGLAND")).toBeUndefined();
    expect(outcomeCodesProblem(["SC:3"], "ENGLAND")).toBe("Choose outcomes from your regulator's list");
    expect(outcomeCodesProblem(["SC:3"], "SCOTLAND")).toBeUndefined();
  });

  it("needs a reason to decline a request to join, not to accept one", () => {
    expect(declineProblem("DECLINE", undefined)).toMatch(/Say why/);
    expect(declineProblem("ACCEPT", undefined)).toBeUndefined();
    const parsed = ZJoinDecision.safeParse({ requestId: "j1", decision: "DECLINE", declineReason: "   " });
    expect(parsed.error?.issues[0]?.path).toEqual(["declineReason"]);
  });
});

describe("agreement at a meeting", () => {
  const writing = {
    status: "REPORTING" as const,
    findings: "Reports wait 40 days",
    reportAgreedAt: null,
    recommendations: [{ response: null }],
  };
  const today = day("2026-06-10");

  it("is recorded while the report is written, for a meeting held today or before", () => {
    expect(meetingAgreementProblem(writing, day("2026-06-10"), today)).toBeUndefined();
    expect(meetingAgreementProblem(writing, day("2026-06-11"), today)).toEqual({
      field: "agreedAtMeetingOn",
      message: "The meeting must have taken place",
    });
  });

  it("is refused for a report already agreed, at another stage, or with nothing to agree", () => {
    expect(meetingAgreementProblem({ ...writing, reportAgreedAt: NOW }, today, today)?.message).toMatch(
      /already agreed/,
    );
    expect(meetingAgreementProblem({ ...writing, status: "GATHERING_EVIDENCE" }, today, today)?.message).toMatch(
      /while the report is being written/,
    );
    expect(meetingAgreementProblem({ ...writing, recommendations: [] }, today, today)?.message).toBe(
      "The report needs findings and at least one recommendation before the panel agrees it",
    );
  });
});
