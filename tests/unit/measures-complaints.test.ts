import { describe, expect, it } from "vitest";
import { holidayCalendar, type Regime } from "@/lib/measures/bank-holidays";
import { complaintFigures, metTimescale, uncoveredDates, type ComplaintStage } from "@/lib/measures/complaints";
import { parseComplaintsCsv } from "@/lib/measures/parse-complaints-csv";
import { formatProblem } from "@/lib/uploads/problems";

const calendars = { england: holidayCalendar("england"), scotland: holidayCalendar("scotland") };

const stage = (changes: Partial<ComplaintStage> & { receivedOn: string }): ComplaintStage => ({
  line: 2,
  reference: "C1",
  stage: 1,
  extensionWorkingDays: 0,
  ...changes,
});

const met = (regime: Regime, changes: Partial<ComplaintStage> & { receivedOn: string; respondedOn: string }) =>
  metTimescale({ ...stage(changes), respondedOn: changes.respondedOn }, regime, calendars[regime]);

describe("complaint timescales", () => {
  // Monday 2 June 2025: 10 working days later is Monday 16 June, 20 is Monday 30 June.
  it("England stage 1: 10 working days from acknowledgement", async () => {
    expect(met("england", { receivedOn: "2025-06-02", respondedOn: "2025-06-16" })).toBe(true);
    expect(met("england", { receivedOn: "2025-06-02", respondedOn: "2025-06-17" })).toBe(false);
    // Received on Friday, acknowledged on Monday: the clock starts on Monday.
    expect(met("england", { receivedOn: "2025-05-30", acknowledgedOn: "2025-06-02", respondedOn: "2025-06-16" })).toBe(
      true,
    );
  });

  it("England stage 1: an extension counts up to 10 more working days", async () => {
    expect(met("england", { receivedOn: "2025-06-02", respondedOn: "2025-06-17", extensionWorkingDays: 1 })).toBe(true);
    expect(met("england", { receivedOn: "2025-06-02", respondedOn: "2025-06-30", extensionWorkingDays: 15 })).toBe(
      true,
    );
    expect(met("england", { receivedOn: "2025-06-02", respondedOn: "2025-07-01", extensionWorkingDays: 15 })).toBe(
      false,
    );
  });

  it("England stage 2: 20 working days, an extension up to 20 more", async () => {
    expect(met("england", { stage: 2, receivedOn: "2025-06-02", respondedOn: "2025-06-30" })).toBe(true);
    expect(met("england", { stage: 2, receivedOn: "2025-06-02", respondedOn: "2025-07-01" })).toBe(false);
    // 40 working days after 2 June is Monday 28 July.
    expect(
      met("england", { stage: 2, receivedOn: "2025-06-02", respondedOn: "2025-07-28", extensionWorkingDays: 25 }),
    ).toBe(true);
    expect(
      met("england", { stage: 2, receivedOn: "2025-06-02", respondedOn: "2025-07-29", extensionWorkingDays: 25 }),
    ).toBe(false);
  });

  it("Scotland stage 1: 5 working days from receipt, an extension up to 5 more", async () => {
    expect(met("scotland", { receivedOn: "2025-06-02", respondedOn: "2025-06-09" })).toBe(true);
    expect(met("scotland", { receivedOn: "2025-06-02", respondedOn: "2025-06-10" })).toBe(false);
    // Acknowledgement does not move the start in Scotland.
    expect(met("scotland", { receivedOn: "2025-06-02", acknowledgedOn: "2025-06-03", respondedOn: "2025-06-10" })).toBe(
      false,
    );
    expect(met("scotland", { receivedOn: "2025-06-02", respondedOn: "2025-06-16", extensionWorkingDays: 9 })).toBe(
      true,
    );
    expect(met("scotland", { receivedOn: "2025-06-02", respondedOn: "2025-06-17", extensionWorkingDays: 9 })).toBe(
      false,
    );
  });

  it("Scotland stage 2: 20 working days, counted round St Andrew's Day", async () => {
    // From Monday 3 November 2025, 20 working days is Monday 1 December in England, Tuesday 2 December in Scotland.
    expect(met("scotland", { stage: 2, receivedOn: "2025-11-03", respondedOn: "2025-12-02" })).toBe(true);
    expect(met("england", { stage: 2, receivedOn: "2025-11-03", respondedOn: "2025-12-02" })).toBe(false);
  });
});

describe("complaint figures for a period", () => {
  const period = { regime: "england" as const, from: "2025-04-01", to: "2026-03-31", calendar: calendars.england };
  const complaints: ComplaintStage[] = [
    // Received before the period, responded inside it: responded but not received.
    stage({ reference: "A", receivedOn: "2025-03-20", acknowledgedOn: "2025-03-21", respondedOn: "2025-04-02" }),
    // In time (4 working days from receipt, 3 from acknowledgement).
    stage({ reference: "B", receivedOn: "2025-06-02", acknowledgedOn: "2025-06-03", respondedOn: "2025-06-06" }),
    // Late: 12 working days from acknowledgement.
    stage({ reference: "C", receivedOn: "2025-06-02", acknowledgedOn: "2025-06-02", respondedOn: "2025-06-18" }),
    // Received in the period, responded after it.
    stage({ reference: "D", receivedOn: "2026-03-30", respondedOn: "2026-04-02" }),
    // Still open.
    stage({ reference: "E", receivedOn: "2026-03-02" }),
    // Outside the period altogether.
    stage({ reference: "F", receivedOn: "2026-04-01", respondedOn: "2026-04-02" }),
    stage({ reference: "B", stage: 2, receivedOn: "2025-06-20", respondedOn: "2025-07-18", extensionWorkingDays: 0 }),
  ];

  it("counts stage 1 received, responded, in time, and the averages", async () => {
    const { stage1 } = complaintFigures(complaints, { ...period, homes: 4323 });
    expect(stage1).toEqual({
      received: 4, // B, C, D, E
      responded: 3, // A, B, C
      respondedWithinTimescale: 2, // A (8 working days from 21 March) and B
      percentWithinTimescale: 66.7,
      percentResponded: 50, // B and C of B, C, D, E
      averageWorkingDays: 8.3, // from receipt: A 9, B 4, C 12 = 25 / 3
      perThousandHomes: 0.9, // 4 / 4323 x 1000 = 0.925...
    });
  });

  it("counts stage 2 separately", async () => {
    // Friday 20 June to Friday 18 July 2025 is 20 working days: just in time.
    expect(complaintFigures(complaints, { ...period, homes: 4323 }).stage2).toEqual({
      received: 1,
      responded: 1,
      respondedWithinTimescale: 1,
      percentWithinTimescale: 100,
      percentResponded: 100,
      averageWorkingDays: 20,
      perThousandHomes: 0.2, // 0.231...
    });
  });

  it("gives nulls for a period with nothing in it, and complaints per 1,000 homes only when told the homes", async () => {
    const figures = complaintFigures(complaints, { ...period, from: "2024-04-01", to: "2025-03-19" });
    expect(figures).toEqual({
      regime: "england",
      from: "2024-04-01",
      to: "2025-03-19",
      stage1: {
        received: 0,
        responded: 0,
        respondedWithinTimescale: 0,
        percentWithinTimescale: null,
        percentResponded: null,
        averageWorkingDays: null,
      },
      stage2: {
        received: 0,
        responded: 0,
        respondedWithinTimescale: 0,
        percentWithinTimescale: null,
        percentResponded: null,
        averageWorkingDays: null,
      },
    });
    expect(complaintFigures([], { ...period, homes: 100 }).stage1.perThousandHomes).toBe(0);
  });

  it("uses Scotland's timescales and calendar for Scottish figures", async () => {
    const { stage1 } = complaintFigures(complaints, { ...period, regime: "scotland", calendar: calendars.scotland });
    // A took 9 working days and C 12, both over 5; only B (4) was in time.
    expect(stage1).toMatchObject({ responded: 3, respondedWithinTimescale: 1, percentWithinTimescale: 33.3 });
  });
});

describe("reading a complaints file", () => {
  const HEADER = "complaint_ref,stage,received_on,acknowledged_on,responded_on,extension_working_days";
  const problemsOf = async (text: string) => {
    const parsed = await parseComplaintsCsv(text);
    return parsed.ok ? [] : parsed.problems.map(formatProblem);
  };

  it("reads stages, with empty optional cells and quoted references", async () => {
    const parsed = await parseComplaintsCsv(
      [HEADER, '"C-1, Mill Lane",1,2025-06-02,,,', '"C-1, Mill Lane",2,2025-06-20,2025-06-23,2025-07-18, 3 '].join(
        "\n",
      ),
    );
    expect(parsed).toEqual({
      ok: true,
      value: [
        {
          line: 2,
          reference: "C-1, Mill Lane",
          stage: 1,
          receivedOn: "2025-06-02",
          acknowledgedOn: undefined,
          respondedOn: undefined,
          extensionWorkingDays: 0,
        },
        {
          line: 3,
          reference: "C-1, Mill Lane",
          stage: 2,
          receivedOn: "2025-06-20",
          acknowledgedOn: "2025-06-23",
          respondedOn: "2025-07-18",
          extensionWorkingDays: 3,
        },
      ],
    });
  });

  it("reports every problem with its line and column", async () => {
    const text = [
      HEADER,
      "C1,1,2025-06-02,2025-06-01,2025-05-30,-1",
      "C1,1,2025-06-02,,,",
      "C2,3,2025-02-29,,,1.5",
      "C3,2,,06/02/2025,,",
    ].join("\n");
    expect(await problemsOf(text)).toEqual([
      "line 2: column extension_working_days: must be a whole number of working days, 0 or more",
      "line 2: column acknowledged_on: 2025-06-01 is before received_on 2025-06-02",
      "line 2: column responded_on: 2025-05-30 is before received_on 2025-06-02",
      "line 3: column complaint_ref: stage 1 of complaint C1 is also on line 2",
      "line 4: column stage: must be 1 or 2",
      "line 4: column received_on: must be a real date written YYYY-MM-DD",
      "line 4: column extension_working_days: must be a whole number of working days, 0 or more",
      "line 5: column received_on: must be a real date written YYYY-MM-DD",
      "line 5: column acknowledged_on: must be a real date written YYYY-MM-DD",
    ]);
  });

  it("requires the complaint_ref, stage and received_on columns", async () => {
    expect(await problemsOf("complaint_ref,received_on\nC1,2025-06-02")).toEqual([
      "line 1: column stage: the header row has no such column, and it is required",
    ]);
  });

  it("refuses dates that count towards the period but are outside the calendars", async () => {
    const stages = [
      stage({ line: 4, receivedOn: "2022-12-20", respondedOn: "2023-01-10" }),
      stage({ line: 5, receivedOn: "2022-01-04", respondedOn: "2022-01-05" }),
    ];
    expect(
      uncoveredDates(stages, {
        regime: "england",
        from: "2023-01-01",
        to: "2023-12-31",
        calendar: calendars.england,
      }).map(formatProblem),
    ).toEqual([
      "line 4: column received_on: 2022-12-20 is outside the bank holiday calendars, which cover 2023 to 2028",
    ]);
  });
});
