import { EVERYONE } from "@/lib/reach/rules";
import { describe, expect, it } from "vitest";
import {
  canAmend,
  effectiveStatus,
  headlineFigure,
  isEligible,
  isOutcomeOverdue,
  outcomeDueAt,
  publishedStatus,
  tenantResponseStep,
} from "@/lib/consultations/rules";
import { ZConsultationDetails } from "@/lib/consultations/schemas";

const opensAt = new Date("2026-03-01T00:00:00Z");
const closesAt = new Date("2026-03-31T23:59:59Z");
const before = new Date("2026-02-01T12:00:00Z");
const during = new Date("2026-03-10T12:00:00Z");
const after = new Date("2026-04-10T12:00:00Z");

describe("effective status", () => {
  it("opens and closes a published consultation by the clock", () => {
    for (const status of ["SCHEDULED", "OPEN"] as const) {
      expect(effectiveStatus({ status, opensAt, closesAt }, before)).toBe("SCHEDULED");
      expect(effectiveStatus({ status, opensAt, closesAt }, during)).toBe("OPEN");
      expect(effectiveStatus({ status, opensAt, closesAt }, closesAt)).toBe("CLOSED");
    }
  });

  it("leaves drafts and later stages as stored", () => {
    for (const status of ["DRAFT", "CLOSED", "RESULTS_PUBLISHED", "OUTCOME_PUBLISHED"] as const) {
      expect(effectiveStatus({ status, opensAt, closesAt }, during)).toBe(status);
    }
  });

  it("publishes as scheduled when the opening is still to come", () => {
    expect(publishedStatus(opensAt, before)).toBe("SCHEDULED");
    expect(publishedStatus(opensAt, during)).toBe("OPEN");
  });
});

describe("eligibility", () => {
  const customer = {
    status: "ACTIVE" as const,
    anonymisedAt: null,
    kind: "TENANT" as const,
    areaId: "a1",
    groupIds: ["g1"],
    supportNeeds: ["BSL" as const],
    equalityAnswers: ["age=16 to 24"],
  };
  const everyone = EVERYONE;

  it("lets every active customer answer when no audience is chosen", () => {
    expect(isEligible(customer, everyone)).toBe(true);
  });

  it("refuses former and anonymised customers", () => {
    expect(isEligible({ ...customer, status: "FORMER" }, everyone)).toBe(false);
    expect(isEligible({ ...customer, anonymisedAt: new Date() }, everyone)).toBe(false);
  });

  it("narrows by area, customer kind and group, each list on its own", () => {
    expect(isEligible(customer, { ...everyone, audienceAreaIds: ["a2"] })).toBe(false);
    expect(isEligible(customer, { ...everyone, audienceAreaIds: ["a1", "a2"] })).toBe(true);
    expect(isEligible({ ...customer, areaId: null }, { ...everyone, audienceAreaIds: ["a1"] })).toBe(false);
    expect(isEligible(customer, { ...everyone, audienceKinds: ["LEASEHOLDER"] })).toBe(false);
    expect(isEligible(customer, { ...everyone, audienceGroupIds: ["g2"] })).toBe(false);
    expect(
      isEligible(customer, {
        ...everyone,
        audienceAreaIds: ["a1"],
        audienceKinds: ["TENANT"],
        audienceGroupIds: ["g1"],
      }),
    ).toBe(true);
  });

  it("narrows by support need and by equality answer, for reaching a seldom-heard group", () => {
    expect(isEligible(customer, { ...everyone, audienceSupportNeeds: ["BSL", "EASY_READ"] })).toBe(true);
    expect(isEligible(customer, { ...everyone, audienceSupportNeeds: ["EASY_READ"] })).toBe(false);
    expect(isEligible(customer, { ...everyone, audienceEqualityAnswers: ["age=16 to 24"] })).toBe(true);
    expect(isEligible(customer, { ...everyone, audienceEqualityAnswers: ["age=25 to 34"] })).toBe(false);
    expect(
      isEligible({ ...customer, equalityAnswers: [] }, { ...everyone, audienceEqualityAnswers: ["age=16 to 24"] }),
    ).toBe(false);
  });
});

describe("outcomes and headline figures", () => {
  it("is due 28 days after closing by default and overdue after that until published", () => {
    expect(outcomeDueAt(closesAt, 28).toISOString()).toBe("2026-04-28T23:59:59.000Z");
    const closed = { status: "CLOSED" as const, opensAt, closesAt, outcomeDueDays: 28 };
    expect(isOutcomeOverdue(closed, after)).toBe(false);
    expect(isOutcomeOverdue(closed, new Date("2026-05-01T00:00:00Z"))).toBe(true);
    expect(isOutcomeOverdue({ ...closed, status: "OUTCOME_PUBLISHED" }, new Date("2026-05-01T00:00:00Z"))).toBe(false);
    expect(isOutcomeOverdue({ ...closed, status: "OPEN" }, new Date("2026-05-01T00:00:00Z"))).toBe(true);
  });

  it("gives the share in the top two points of a scale, as boards word it", () => {
    expect(headlineFigure("AGREEMENT", { "5": 30, "4": 14, "3": 4, "1": 2 }, 50)).toEqual({
      percent: 88,
      text: "88% agreed or strongly agreed",
    });
    expect(headlineFigure("SATISFACTION", {}, 0).text).toBe("0% were very or fairly satisfied");
  });
});

describe("consultation dates", () => {
  const details = { title: "Repairs service", summary: "Tell us about repairs.", audienceKinds: "TENANT" };

  it("opens at the start of the first UK day and closes at the end of the last", () => {
    const parsed = ZConsultationDetails.parse({ ...details, opensOn: "2026-07-01", closesOn: "2026-07-31" });
    expect(parsed.opensAt.toISOString()).toBe("2026-06-30T23:00:00.000Z");
    expect(parsed.closesAt.toISOString()).toBe("2026-07-31T22:59:59.000Z");
    expect(parsed.outcomeDueDays).toBe(28);
    expect(parsed.audienceKinds).toEqual(["TENANT"]);
  });

  it("refuses a closing date before the opening date", () => {
    const result = ZConsultationDetails.safeParse({ ...details, opensOn: "2026-12-10", closesOn: "2026-12-01" });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["closesOn"]);
  });

  it("refuses a day that is not on the calendar", () => {
    const result = ZConsultationDetails.safeParse({ ...details, opensOn: "2026-02-30", closesOn: "2026-03-31" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["opensOn", "Enter a real date"],
    ]);
  });
});

describe("changing a response (the amend rule)", () => {
  it("lets only an online respondent change their own online response", () => {
    expect(canAmend("ONLINE", "ONLINE")).toBe(true);
    // An officer's paper entry is the record: not replaced online, and no officer entry over an online one.
    expect(canAmend("PAPER", "ONLINE")).toBe(false);
    expect(canAmend("ONLINE", "PAPER")).toBe(false);
  });

  it("offers the tenant the form to respond or amend only while open", () => {
    expect(tenantResponseStep("OPEN", null)).toBe("respond");
    expect(tenantResponseStep("OPEN", { channel: "ONLINE" })).toBe("amend");
    expect(tenantResponseStep("OPEN", { channel: "PHONE" })).toBe("responded-offline");
    expect(tenantResponseStep("CLOSED", { channel: "ONLINE" })).toBe("not-open");
    expect(tenantResponseStep("SCHEDULED", null)).toBe("not-open");
  });
});
