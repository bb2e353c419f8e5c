import { describe, expect, it } from "vitest";
import { dueDates, feedbackReference, isOpenStatus, overdueClock, type Clock } from "@/lib/feedback/rules";
import { holidayCalendar } from "@/lib/measures/bank-holidays";
import { metTimescale } from "@/lib/measures/complaints";
import { addWorkingDays, workingDays } from "@/lib/measures/working-days";

const standards = { acknowledgeDays: 3, answerDays: 10 };
const england: Clock = { regime: "england", standards, calendar: holidayCalendar("england") };
const scotland: Clock = { regime: "scotland", standards, calendar: holidayCalendar("scotland") };

describe("adding working days", () => {
  it("is the inverse of counting them", () => {
    expect(addWorkingDays("2026-06-15", 0, england.calendar)).toBe("2026-06-15");
    expect(addWorkingDays("2026-06-12", 1, england.calendar)).toBe("2026-06-15"); // Friday to Monday
    for (const from of ["2026-12-18", "2026-05-21", "2026-08-28", "2027-03-24"]) {
      for (const count of [1, 5, 10, 20])
        expect(workingDays(from, addWorkingDays(from, count, england.calendar), england.calendar)).toBe(count);
    }
  });
});

describe("feedback that is not a complaint: the landlord's own standard", () => {
  it("counts from receipt across Christmas and New Year bank holidays", () => {
    // Friday 18 December 2026. Working days: 21, 22, 23, 24 Dec (4); 25 Dec and 28 Dec (Boxing Day substitute)
    // are bank holidays; 29, 30, 31 Dec (7); 1 Jan 2027 is a bank holiday; 4, 5, 6 Jan (10).
    expect(dueDates({ kind: "COMMENT", stage: 1, receivedOn: "2026-12-18" }, england)).toEqual({
      acknowledgeBy: "2026-12-23",
      answerBy: "2027-01-06",
    });
  });

  it("skips a local holiday the administrators added", () => {
    const withLocal: Clock = {
      ...england,
      standards: { acknowledgeDays: 4, answerDays: 10 },
      calendar: holidayCalendar("england", ["2026-12-24"]),
    };
    // 24 December is now a day off too: 21, 22, 23 (3), 29 (4) ... 6 Jan (9), 7 Jan (10).
    expect(dueDates({ kind: "SUGGESTION", stage: 1, receivedOn: "2026-12-18" }, withLocal)).toEqual({
      acknowledgeBy: "2026-12-29",
      answerBy: "2027-01-07",
    });
    expect(
      dueDates(
        { kind: "SUGGESTION", stage: 1, receivedOn: "2026-12-18" },
        { ...withLocal, calendar: england.calendar },
      ),
    ).toEqual({ acknowledgeBy: "2026-12-24", answerBy: "2027-01-06" });
  });

  it("uses the targets the landlord set", () => {
    const quick: Clock = { ...england, standards: { acknowledgeDays: 1, answerDays: 2 } };
    // Thursday 2 April 2026; Good Friday 3 April and Easter Monday 6 April are bank holidays in England.
    expect(dueDates({ kind: "COMPLIMENT", stage: 1, receivedOn: "2026-04-02" }, quick)).toEqual({
      acknowledgeBy: "2026-04-07",
      answerBy: "2026-04-08",
    });
  });
});

describe("complaints in England (Complaint Handling Code): stage 1 and stage 2", () => {
  it("stage 1: acknowledge in 5 working days, answer in 10 from the acknowledgement", () => {
    // Thursday 21 May 2026; Monday 25 May is the spring bank holiday.
    // Acknowledge: 22 (1), 26, 27, 28, 29 (5). Before acknowledgement the answer clock runs from receipt:
    // 22, 26, 27, 28, 29 (5), 1, 2, 3, 4, 5 June (10).
    expect(dueDates({ kind: "COMPLAINT", stage: 1, receivedOn: "2026-05-21" }, england)).toEqual({
      acknowledgeBy: "2026-05-29",
      answerBy: "2026-06-05",
    });
    // Acknowledged Wednesday 27 May: 28, 29 (2), 1-5 June (7), 8, 9, 10 June (10).
    expect(
      dueDates({ kind: "COMPLAINT", stage: 1, receivedOn: "2026-05-21", acknowledgedOn: "2026-05-27" }, england)
        .answerBy,
    ).toBe("2026-06-10");
  });

  it("stage 2: 20 working days, an extension counting only up to its cap", () => {
    // Monday 15 June 2026: 16-19 (4), 22-26 (9), 29 June - 3 July (14), 6-10 July (19), 13 July (20).
    expect(dueDates({ kind: "COMPLAINT", stage: 2, receivedOn: "2026-06-15" }, england)).toEqual({
      acknowledgeBy: "2026-06-22",
      answerBy: "2026-07-13",
    });
    // Acknowledged the same day with a 25-day extension agreed: capped at 20, so 40 working days: 10 August.
    expect(
      dueDates(
        {
          kind: "COMPLAINT",
          stage: 2,
          receivedOn: "2026-06-15",
          acknowledgedOn: "2026-06-15",
          extensionWorkingDays: 25,
        },
        england,
      ).answerBy,
    ).toBe("2026-08-10");
  });
});

describe("complaints in Scotland (SPSO model procedure): frontline and investigation", () => {
  it("frontline (stage 1): answered in 5 working days from receipt, no separate acknowledgement", () => {
    // Friday 28 August 2026: 31 August is a bank holiday in England but not in Scotland.
    expect(dueDates({ kind: "COMPLAINT", stage: 1, receivedOn: "2026-08-28" }, scotland)).toEqual({
      acknowledgeBy: null,
      answerBy: "2026-09-04",
    });
    expect(dueDates({ kind: "COMPLAINT", stage: 1, receivedOn: "2026-08-28" }, england).acknowledgeBy).toBe(
      "2026-09-07",
    );
    // The acknowledgement does not move Scotland's clock, which always runs from receipt.
    expect(
      dueDates({ kind: "COMPLAINT", stage: 1, receivedOn: "2026-08-28", acknowledgedOn: "2026-09-02" }, scotland)
        .answerBy,
    ).toBe("2026-09-04");
  });

  it("investigation (stage 2): acknowledge in 3, answer in 20, across St Andrew's Day and Christmas", () => {
    // Thursday 26 November 2026: 27 (1), 30 Nov is St Andrew's Day, 1, 2 Dec (3) ... 24 Dec (19),
    // 25 and 28 December are holidays, 29 December (20).
    expect(dueDates({ kind: "COMPLAINT", stage: 2, receivedOn: "2026-11-26" }, scotland)).toEqual({
      acknowledgeBy: "2026-12-02",
      answerBy: "2026-12-29",
    });
  });
});

describe("a complaint answered on its due date is within timescale in the complaints figures", () => {
  it("agrees with the figures' own rule in both regimes and stages", () => {
    for (const clock of [england, scotland]) {
      for (const stage of [1, 2] as const) {
        for (const receivedOn of ["2026-05-21", "2026-08-28", "2026-11-26", "2026-12-18"]) {
          const acknowledgedOn = addWorkingDays(receivedOn, 2, clock.calendar);
          const { answerBy } = dueDates({ kind: "COMPLAINT", stage, receivedOn, acknowledgedOn }, clock);
          const row = { line: 2, reference: "FB-1", stage, receivedOn, acknowledgedOn, extensionWorkingDays: 0 };
          expect(metTimescale({ ...row, respondedOn: answerBy }, clock.regime, clock.calendar)).toBe(true);
          expect(
            metTimescale(
              { ...row, respondedOn: addWorkingDays(answerBy, 1, clock.calendar) },
              clock.regime,
              clock.calendar,
            ),
          ).toBe(false);
        }
      }
    }
  });
});

describe("overdue", () => {
  const item = { acknowledgeBy: "2026-06-17", answerBy: "2026-06-26" };
  it("is late only after the due day", () => {
    expect(overdueClock({ ...item, status: "RECEIVED" }, "2026-06-17")).toBeNull();
    expect(overdueClock({ ...item, status: "RECEIVED" }, "2026-06-18")).toBe("acknowledgement");
    expect(overdueClock({ ...item, status: "ACKNOWLEDGED" }, "2026-06-18")).toBeNull();
    expect(overdueClock({ ...item, status: "ACKNOWLEDGED" }, "2026-06-27")).toBe("answer");
    expect(overdueClock({ ...item, status: "RECEIVED" }, "2026-06-27")).toBe("answer");
    expect(overdueClock({ ...item, status: "ANSWERED" }, "2026-07-30")).toBeNull();
    expect(overdueClock({ ...item, status: "CLOSED" }, "2026-07-30")).toBeNull();
    expect(overdueClock({ acknowledgeBy: null, answerBy: "2026-06-26", status: "RECEIVED" }, "2026-06-20")).toBeNull();
  });

  it("references are zero-padded", () => {
    expect(feedbackReference(42)).toBe("FB-000042");
  });

  it("is open, with an answer date, until it is answered or closed", () => {
    expect(isOpenStatus("RECEIVED") && isOpenStatus("ACKNOWLEDGED")).toBe(true);
    expect(isOpenStatus("ANSWERED") || isOpenStatus("CLOSED")).toBe(false);
  });
});
