import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createKpi } from "@/lib/kpi/create-kpi";
import { enterKpiValue } from "@/lib/kpi/enter-kpi-value";
import { getInvolvementFigures } from "@/lib/kpi/involvement-figures";
import { getPack } from "@/lib/kpi/pack";
import { packCsv } from "@/lib/kpi/pack-csv";
import { packPdf } from "@/lib/kpi/pack-pdf";
import { presentPack } from "@/lib/kpi/present-pack";
import { getKpiTiles } from "@/lib/kpi/queries";
import { quarterKey } from "@/lib/kpi/rules";
import { savePackCommentary } from "@/lib/kpi/save-pack-commentary";
import { ZKpiDetails } from "@/lib/kpi/schemas";
import { setKpiTarget } from "@/lib/kpi/set-kpi-target";
import { createLandlord, createUser } from "@/tests/factories";
import { createArea, createCustomer } from "@/tests/factories/people";

const now = new Date("2026-11-20T10:00:00Z");
const Q2 = { year: 2026, quarter: 2 }; // July to September 2026
const at = (iso: string) => new Date(iso);

const event = (data: {
  areaId: string;
  startsAt: string;
  partners?: string[];
  unnamedAttendees?: number;
  courseId?: string;
}) =>
  db.event.create({
    data: {
      title: "Event",
      kind: data.courseId ? "TRAINING_SESSION" : "DROP_IN",
      format: "IN_PERSON",
      areaId: data.areaId,
      partners: data.partners ?? [],
      unnamedAttendees: data.unnamedAttendees ?? 0,
      courseId: data.courseId,
      startsAt: at(data.startsAt),
      endsAt: new Date(at(data.startsAt).getTime() + 3_600_000),
    },
  });

const attend = (eventId: string, customerIds: string[], recordedAt: string) =>
  db.eventAttendance.createMany({
    data: customerIds.map((customerId) => ({ eventId, customerId, walkIn: false, recordedAt: at(recordedAt) })),
  });

/** Responses are only accepted while a consultation is open (a database rule), so it closes after they are in. */
const consultation = async (data: {
  closesAt: string;
  outcomePublishedAt?: string;
  responses: { customerId: string; submittedAt: string }[];
}) => {
  const row = await db.consultation.create({
    data: {
      title: "Consultation",
      summary: "Summary",
      status: "OPEN",
      opensAt: at("2026-01-01T00:00:00Z"),
      closesAt: at("2027-12-31T00:00:00Z"),
      outcomeDueDays: 28,
    },
  });
  for (const response of data.responses) {
    await db.consultationResponse.create({
      data: {
        consultationId: row.id,
        customerId: response.customerId,
        channel: "ONLINE",
        submittedAt: at(response.submittedAt),
        updatedAt: at(response.submittedAt),
      },
    });
  }
  return db.consultation.update({
    where: { id: row.id },
    data: {
      status: "CLOSED",
      closesAt: at(data.closesAt),
      outcomePublishedAt: data.outcomePublishedAt ? at(data.outcomePublishedAt) : null,
    },
  });
};

/**
 * Six customers: c1, c2, c4 and the former c6 live in area A, c3 and c5 in area B. In July to September 2026:
 * E1 (A, with a partner): c1 and c2 plus 3 walk-ins; E2 (B): c3, who completes a course; c2 and c4 answer C1,
 * which closes in August (eligible: the 5 active customers) and has its outcome on time; C2 closed in June and
 * its outcome, due in July, was never published. c1 first came in May; c5 has been in a group since January.
 * An event still to come counts for nothing.
 */
const seedInvolvement = async () => {
  const [areaA, areaB] = [await createArea("Area A"), await createArea("Area B")];
  const [c1, c2, c3, c4, c5, c6] = [
    await createCustomer({ areaId: areaA.id }),
    await createCustomer({ areaId: areaA.id }),
    await createCustomer({ areaId: areaB.id }),
    await createCustomer({ areaId: areaA.id }),
    await createCustomer({ areaId: areaB.id }),
    await createCustomer({ areaId: areaA.id }),
  ] as const;
  await db.customer.update({ where: { id: c6.id }, data: { status: "FORMER" } });
  const course = await db.trainingCourse.create({ data: { title: "Scrutiny skills" } });
  const e1 = await event({
    areaId: areaA.id,
    startsAt: "2026-07-10T18:00:00Z",
    partners: ["Council"],
    unnamedAttendees: 3,
  });
  await attend(e1.id, [c1.id, c2.id], "2026-07-10T18:00:00Z");
  const e2 = await event({ areaId: areaB.id, startsAt: "2026-08-10T18:00:00Z", courseId: course.id });
  await attend(e2.id, [c3.id], "2026-08-10T18:00:00Z");
  await db.trainingCompletion.create({
    data: { courseId: course.id, eventId: e2.id, customerId: c3.id, completedAt: at("2026-08-10T20:00:00Z") },
  });
  const earlier = await event({ areaId: areaA.id, startsAt: "2026-05-10T18:00:00Z" });
  await attend(earlier.id, [c1.id], "2026-05-10T18:00:00Z");
  const later = await event({ areaId: areaA.id, startsAt: "2026-12-10T18:00:00Z" });
  await db.eventRegistration.create({
    data: { eventId: later.id, customerId: c4.id, status: "REGISTERED", registeredAt: now },
  });
  await consultation({
    closesAt: "2026-08-31T23:00:00Z",
    outcomePublishedAt: "2026-09-20T10:00:00Z",
    responses: [
      { customerId: c2.id, submittedAt: "2026-08-15T10:00:00Z" },
      { customerId: c4.id, submittedAt: "2026-08-16T10:00:00Z" },
    ],
  });
  await consultation({ closesAt: "2026-06-20T23:00:00Z", responses: [] });
  const group = await db.group.create({ data: { name: "Tenant panel", type: "TENANT_PANEL" } });
  await db.groupMembership.create({ data: { groupId: group.id, customerId: c5.id, startedOn: at("2026-01-01") } });
  return { areaA, areaB };
};

describe("involvement figures counted by the database", () => {
  it("equal a hand count for the quarter, for all areas and for one", async () => {
    const { areaA } = await seedInvolvement();
    const all = (await getInvolvementFigures({ quarters: [Q2], now })).get(quarterKey(Q2));
    expect(all).toEqual({
      key: "2026-Q2",
      involvedCustomers: 5, // c1, c2, c3, c4 and c5 (group member)
      newCustomersInvolved: 3, // c2, c3, c4; c1 came in May, c5 joined in January
      eventsHeld: 2,
      eventsInPartnership: 1,
      eventAttendees: 6, // 3 named, 3 walk-ins
      trainingCompletions: 1,
      consultationsHeld: 1,
      responses: 2,
      eligible: 5, // c6 is a former customer
      outcomesDue: 2,
      outcomesOnTime: 1,
    });
    const local = (await getInvolvementFigures({ quarters: [Q2], areaId: areaA.id, now })).get(quarterKey(Q2));
    expect(local).toMatchObject({
      involvedCustomers: 3,
      newCustomersInvolved: 2,
      eventsHeld: 1,
      eventsInPartnership: 1,
      eventAttendees: 5,
      trainingCompletions: 0,
    });
  });

  it("give the dashboard its percentages, targets, status and trend, area KPIs only when an area is chosen", async () => {
    await createLandlord();
    const officer = await createUser({ role: "OFFICER" });
    const { areaA } = await seedInvolvement();
    const add = (code: string, source: string, unit = "COUNT") =>
      createKpi({
        actor: officer,
        details: ZKpiDetails.parse({
          code,
          name: code,
          description: "Demo",
          unit,
          direction: "HIGHER_IS_BETTER",
          section: "INVOLVEMENT",
          source,
          owner: "Officer",
          outcomeCodes: "EN:TIA",
        }),
      });
    const rate = await add("RATE", "CONSULTATION_RESPONSE_RATE", "PERCENT");
    const ontime = await add("ONTIME", "OUTCOMES_PUBLISHED_ON_TIME", "PERCENT");
    await add("INVOLVED", "INVOLVED_CUSTOMERS");
    await setKpiTarget({ actor: officer, input: { kpiId: rate.id, year: 2026, target: 50, amberTolerance: 15 } });
    await setKpiTarget({ actor: officer, input: { kpiId: ontime.id, year: 2026, target: 100, amberTolerance: 10 } });
    const tiles = await getKpiTiles({ quarter: Q2, regime: "ENGLAND", now });
    // In April to June no outcome fell due (no earlier figure) and C2 closed with no responses (0.0%).
    expect(tiles.map((tile) => [tile.code, tile.shown, tile.rag, tile.lastQuarter.trend.change])).toEqual([
      ["ONTIME", "50.0%", "RED", "NONE"],
      ["RATE", "40.0%", "AMBER", "UP"],
      ["INVOLVED", "5", "NO_TARGET", "UP"],
    ]);
    const local = await getKpiTiles({ quarter: Q2, areaId: areaA.id, regime: "ENGLAND", now });
    expect(local.map((tile) => [tile.code, tile.shown])).toEqual([["INVOLVED", "3"]]);
  });
});

/**
 * Agreed actions as they stood at the end of April to June (1 July) and July to September (1 October) 2026:
 * R1 agreed in August, due December; R2 partly agreed in July, due 15 September; R3 agreed in May, due on
 * 30 September (the quarter's last day) and done on 5 October; R4 agreed in May, due in August, done on
 * 30 September; R5 rejected; R6 agreed in October; R7 still awaiting the landlord's response.
 */
const seedRecommendations = async () => {
  const panel = await db.group.create({ data: { name: "Scrutiny panel", type: "SCRUTINY_PANEL" } });
  const review = await db.scrutinyReview.create({
    data: { panelId: panel.id, title: "Repairs", topicSource: "KPI", topicDetail: "Repairs", scope: "Repairs" },
  });
  const agreed = (respondedAt: string, dueOn: string, completedOn?: string) => ({
    response: "ACCEPTED" as const,
    action: "Act",
    actionOwner: "Head of Repairs",
    respondedAt: at(respondedAt),
    dueOn: at(dueOn),
    completedOn: completedOn ? at(completedOn) : null,
  });
  const recommendations = [
    agreed("2026-08-01T10:00:00Z", "2026-12-31"),
    {
      ...agreed("2026-07-15T10:00:00Z", "2026-09-15"),
      response: "PARTLY_ACCEPTED" as const,
      responseReason: "Only in part",
    },
    agreed("2026-05-01T10:00:00Z", "2026-09-30", "2026-10-05"),
    agreed("2026-05-01T10:00:00Z", "2026-08-01", "2026-09-30"),
    { response: "REJECTED" as const, responseReason: "Too costly", respondedAt: at("2026-08-01T10:00:00Z") },
    agreed("2026-10-02T10:00:00Z", "2026-11-01"),
    {},
  ];
  await db.scrutinyRecommendation.createMany({
    data: recommendations.map((data, index) => ({
      reviewId: review.id,
      number: index + 1,
      text: `R${index + 1}`,
      ...data,
    })),
  });
};

describe("scrutiny recommendations counted by the database", () => {
  it("equal a hand count of agreed actions open and overdue at each quarter's end, for all areas only", async () => {
    await createLandlord();
    const officer = await createUser({ role: "OFFICER" });
    await seedRecommendations();
    const add = (code: string, source: string) =>
      createKpi({
        actor: officer,
        details: ZKpiDetails.parse({
          code,
          name: code,
          description: "Demo",
          unit: "COUNT",
          direction: "LOWER_IS_BETTER",
          section: "INVOLVEMENT",
          source,
          owner: "Officer",
          outcomeCodes: "EN:TIA",
        }),
      });
    await add("OPEN", "SCRUTINY_RECOMMENDATIONS_OPEN");
    await add("OVERDUE", "SCRUTINY_RECOMMENDATIONS_OVERDUE");
    const tiles = await getKpiTiles({ quarter: Q2, regime: "ENGLAND", now });
    // 1 October: R1, R2 and R3 open, R2 and R3 overdue. 1 July: R3 and R4 open, neither due yet.
    expect(tiles.map((tile) => [tile.code, tile.shown, tile.lastQuarter.shown])).toEqual([
      ["OPEN", "3", "2"],
      ["OVERDUE", "2", "0"],
    ]);
    expect(tiles[0]?.provenance).toMatch(
      /^Counted by Involve from scrutiny recommendations the landlord agreed: 3 not completed by the quarter's end, 2 of them past their due date, as at /,
    );
    // The quarter still running (October to December) has no figure yet.
    const running = await getKpiTiles({ quarter: { year: 2026, quarter: 3 }, regime: "ENGLAND", now });
    expect(running.map((tile) => tile.shown)).toEqual(["No figure", "No figure"]);
    const area = await createArea("Area A");
    expect(await getKpiTiles({ quarter: Q2, areaId: area.id, regime: "ENGLAND", now })).toEqual([]);
  });
});

describe("hand-entered, management and survey figures", () => {
  it("come from their own rows, with who entered them, and only hand-entered KPIs take a typed figure", async () => {
    await createLandlord();
    const officer = await createUser({ role: "OFFICER" });
    const details = (code: string, source: string, sourceCode = "") =>
      ZKpiDetails.parse({
        code,
        name: code,
        description: "Demo",
        unit: "PERCENT",
        direction: "HIGHER_IS_BETTER",
        section: "HOMES",
        source,
        sourceCode,
        owner: "Officer",
      });
    const calls = await createKpi({ actor: officer, details: details("SS01", "MANUAL") });
    const gas = await createKpi({ actor: officer, details: details("GAS", "MANAGEMENT_MEASURE", "BS01") });
    await createKpi({ actor: officer, details: details("SAT", "PERCEPTION_MEASURE", "TP01") });
    await setKpiTarget({ actor: officer, input: { kpiId: gas.id, year: 2026, target: 100, amberTolerance: 0 } });
    await enterKpiValue({
      actor: officer,
      input: { kpiId: calls.id, period: { year: 2026, quarter: 1 }, value: 80 },
      now,
    });
    await enterKpiValue({
      actor: officer,
      input: { kpiId: calls.id, period: Q2, value: 76.4, note: "Telephony report" },
      now,
    });
    await expect(
      enterKpiValue({ actor: officer, input: { kpiId: gas.id, period: Q2, value: 99 }, now }),
    ).rejects.toThrow("worked out by Involve");
    await expect(
      enterKpiValue({ actor: officer, input: { kpiId: calls.id, period: { year: 2026, quarter: 4 }, value: 99 }, now }),
    ).rejects.toThrow("has not started yet");
    await expect(
      enterKpiValue({ actor: officer, input: { kpiId: calls.id, period: Q2, value: 101 }, now }),
    ).rejects.toThrow("from 0 to 100");
    await db.managementMeasure.create({
      data: { code: "BS01", year: 2026, quarter: 2, numerator: 979, denominator: 1000, enteredById: officer.id },
    });
    const round = await db.surveyRound.create({ data: { year: 2025, regime: "ENGLAND" } });
    // 3 of 4 answers are positive (4 or 5 points): 75.0%.
    await db.perceptionResponse.createMany({
      data: [5, 4, 4, 2].map((tp01, index) => ({
        roundId: round.id,
        respondentRef: `R${index}`,
        tenure: "LCRA" as const,
        method: "ONLINE" as const,
        tp01,
      })),
    });
    await db.surveyRound.update({
      where: { id: round.id },
      data: { status: "CLOSED", closedAt: at("2026-02-01T00:00:00Z") },
    });
    const tiles = await getKpiTiles({ quarter: Q2, regime: "ENGLAND", now });
    const byCode = Object.fromEntries(tiles.map((tile) => [tile.code, tile]));
    expect(byCode.GAS).toMatchObject({ shown: "97.9%", rag: "RED" });
    expect(byCode.GAS?.provenance).toContain("979 of 1000, entered by User");
    expect(byCode.SS01).toMatchObject({
      shown: "76.4%",
      lastQuarter: { shown: "80.0%", trend: { change: "DOWN", better: false } },
    });
    expect(byCode.SS01?.provenance).toMatch(/^Entered by User \d+ on .*: Telephony report$/);
    expect(byCode.SAT).toMatchObject({ shown: "75.0%" });
    expect(byCode.SAT?.provenance).toContain("Perception survey 2025/26");
    expect(tiles[0]?.code).toBe("GAS");
    expect(await db.auditEvent.count({ where: { action: "kpi.value_entered" } })).toBe(2);
  });
});

describe("the quarterly performance pack", () => {
  const setUp = async () => {
    await createLandlord();
    const officer = await createUser({ role: "OFFICER" });
    const kpi = await createKpi({
      actor: officer,
      details: ZKpiDetails.parse({
        code: "SS01",
        name: "Calls answered within 40 seconds",
        description: "Calls",
        unit: "PERCENT",
        direction: "HIGHER_IS_BETTER",
        section: "SERVICE_STANDARDS",
        source: "MANUAL",
        owner: "Head of Customer Services",
      }),
    });
    await setKpiTarget({ actor: officer, input: { kpiId: kpi.id, year: 2026, target: 80, amberTolerance: 5 } });
    await enterKpiValue({ actor: officer, input: { kpiId: kpi.id, period: Q2, value: 76.4 }, now });
    return { officer, kpi };
  };

  it("is frozen once presented: later corrections and commentary do not change it, and the database refuses edits", async () => {
    const { officer, kpi } = await setUp();
    await savePackCommentary({
      actor: officer,
      quarter: Q2,
      commentary: [
        {
          kpiCode: "SS01",
          text: "Two advisers left in August.",
          action: "Two new advisers start in October.",
          recoveryBy: null,
        },
      ],
    });
    await presentPack({
      actor: officer,
      quarter: Q2,
      signOff: { signedOffBy: "Chair of the board", signedOffOn: at("2026-10-20"), minuteRef: "BM 2026/41" },
      now,
    });
    await enterKpiValue({ actor: officer, input: { kpiId: kpi.id, period: Q2, value: 90 }, now });
    const { status, content } = await getPack(Q2, now);
    expect(status).toBe("PRESENTED");
    expect(content.tiles[0]).toMatchObject({ shown: "76.4%", rag: "AMBER" });
    expect(content.commentary).toEqual({
      SS01: { reason: "Two advisers left in August.", action: "Two new advisers start in October.", recoveryBy: null },
    });
    expect(content.signOff).toEqual({
      signedOffBy: "Chair of the board",
      signedOffOn: "2026-10-20",
      minuteRef: "BM 2026/41",
      unexplained: null,
    });
    await expect(
      savePackCommentary({
        actor: officer,
        quarter: Q2,
        commentary: [{ kpiCode: "SS01", text: "Changed", action: null, recoveryBy: null }],
      }),
    ).rejects.toThrow("can no longer be changed");
    await expect(
      presentPack({
        actor: officer,
        quarter: Q2,
        signOff: { signedOffBy: "Someone", signedOffOn: now, minuteRef: "X" },
        now,
      }),
    ).rejects.toThrow("can no longer be changed");
    await expect(db.performancePack.updateMany({ data: { minuteRef: "Rewritten" } })).rejects.toThrow(
      "was presented and cannot change",
    );
    await expect(db.packCommentary.updateMany({ data: { text: "Rewritten" } })).rejects.toThrow(
      "its commentary cannot change",
    );
    expect((await getPack(Q2, now)).content.commentary.SS01?.reason).toBe("Two advisers left in August.");
  });

  it("is not signed off with an exception unexplained unless the officer records why", async () => {
    const { officer } = await setUp();
    const signOff = { signedOffBy: "Chair of the board", signedOffOn: at("2026-10-20"), minuteRef: "BM 2026/41" };
    await expect(presentPack({ actor: officer, quarter: Q2, signOff, now })).rejects.toThrow(
      "Without commentary: SS01",
    );
    expect(await db.performancePack.count({ where: { presentedAt: { not: null } } })).toBe(0);
    await presentPack({
      actor: officer,
      quarter: Q2,
      signOff: { ...signOff, unexplained: "The call centre manager is on leave; the board accepted a verbal update." },
      now,
    });
    const { content } = await getPack(Q2, now);
    expect(content.signOff?.unexplained).toBe(
      "The call centre manager is on leave; the board accepted a verbal update.",
    );
  });

  it("refuses to present a quarter that has not finished", async () => {
    const { officer } = await setUp();
    await expect(
      presentPack({
        actor: officer,
        quarter: { year: 2026, quarter: 3 },
        signOff: { signedOffBy: "Chair", signedOffOn: now, minuteRef: "BM 1" },
        now,
      }),
    ).rejects.toThrow("Only a finished quarter");
    expect(await db.performancePack.count()).toBe(0);
  });

  it("prints as a tagged A4 board paper with tables, charts and commentary, no KPI split, and as CSV", async () => {
    const { officer } = await setUp();
    await savePackCommentary({
      actor: officer,
      quarter: Q2,
      commentary: [{ kpiCode: "SS01", text: "Two advisers left in August.", action: null, recoveryBy: "Quarter 4" }],
    });
    // Who takes part in 2026/27: 10 of 15 customers aged 25 to 34 came to an event, 5 of 10 aged 16 to 24 did, so
    // 16 to 24 is 40% of customers but 33.3% of those involved: seldom heard, 6.7 points under.
    const age = await db.equalityQuestion.create({
      data: { key: "age", label: "Age group", options: ["16 to 24", "25 to 34"], position: 1 },
    });
    const area = await createArea("Area A");
    const funDay = await event({ areaId: area.id, startsAt: "2026-06-01T10:00:00Z" });
    for (const [answer, count, came] of [
      ["16 to 24", 10, 5],
      ["25 to 34", 15, 10],
    ] as const)
      for (let index = 0; index < count; index += 1) {
        const customer = await createCustomer({ areaId: area.id });
        await db.equalityAnswer.create({
          data: { customerId: customer.id, questionId: age.id, answer, answeredAt: now },
        });
        if (index < came) await attend(funDay.id, [customer.id], "2026-06-01T10:00:00Z");
      }
    const { status, content } = await getPack(Q2, now);
    const pdf = await packPdf(content, status);
    const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
    expect(await document.getMarkInfo()).toMatchObject({ Marked: true });
    const pages: string[] = [];
    const roles: Set<string>[] = [];
    type Node = { role?: string; alt?: string; children?: Node[] };
    const walk = (node: Node | null, found: Set<string>) => {
      if (!node) return;
      if (node.role) found.add(node.alt ? `${node.role}:${node.alt}` : node.role);
      for (const child of node.children ?? []) walk(child, found);
    };
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const [width, height] = [page.view[2], page.view[3]];
      expect([Math.round(width ?? 0), Math.round(height ?? 0)]).toEqual([842, 595]);
      const text = await page.getTextContent();
      pages.push(
        text.items
          .map((item) => ("str" in item ? item.str : ""))
          .join(" ")
          .replace(/\s+/g, " "),
      );
      const found = new Set<string>();
      walk((await page.getStructTree()) as Node, found);
      roles.push(found);
    }
    expect(pages[0]).toContain("Test Housing Association: quarterly performance report to the board");
    expect(pages[0]).toContain("Quarter 2 2026/27 (July to September)");
    expect(pages[0]).toContain("1 of 1 KPIs are off target, up from 0 last quarter: 0 red and 1 amber");
    expect(pages[1]).toContain("Contents");
    const serviceStandards = pages.findIndex((text) => text.startsWith("Service standards"));
    expect(pages[1]).toMatch(new RegExp(`Service standards ${serviceStandards + 1}\\b`));
    expect([...(roles[0] as Set<string>)]).toEqual(expect.arrayContaining(["Document", "Sect", "H1", "H2", "Table"]));
    // The section's table, tagged so a screen reader reads it as one, and its chart as a figure with its figures.
    expect([...(roles[serviceStandards] as Set<string>)]).toEqual(
      expect.arrayContaining([
        "Sect",
        "H2",
        "Table",
        "TR",
        "TH",
        "TD",
        "Figure:" +
          "Bar chart of SS01 Calls answered within 40 seconds over 8 quarters: Q3 24/25 No figure, No figure yet; Q4 24/25 No figure, No figure yet; Q1 25/26 No figure, No figure yet; Q2 25/26 No figure, No figure yet; Q3 25/26 No figure, No figure yet; Q4 25/26 No figure, No figure yet; Q1 26/27 No figure, No figure yet; Q2 26/27 76.4%, Amber: just off target.",
      ]),
    );
    // Every page that names the KPI's row holds the whole row: figure, target, status and commentary.
    const rowPages = pages.filter((text) => text.includes("SS01 Calls answered within 40 seconds 80.0% 76.4%"));
    expect(rowPages).toHaveLength(2); // the exceptions and the section
    for (const text of rowPages)
      expect(text).toContain(
        "Amber: just off target Why: Two advisers left in August. Expected back on target: Quarter 4",
      );
    const reach = pages.findIndex((text) => text.includes("Who takes part 15 people took part in 2026/27"));
    expect(pages[1]).toMatch(new RegExp(`Who takes part ${reach + 1}\\b`));
    expect(pages[reach]).toContain("Group Share of customers Share of those involved Gap in points");
    expect(pages[reach]).toContain("Age group: 16 to 24 40% 33.3% -6.7");
    expect([...(roles[reach] as Set<string>)]).toEqual(expect.arrayContaining(["Table", "TH", "TD"]));
    pages.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${pages.length}`));
    const csv = packCsv(content).split("\r\n");
    expect(csv[4]).toBe(
      'Service standards,SS01,Calls answered within 40 seconds,percent,76.4,76.4%,80,5,Amber: just off target,No earlier figure,No earlier figure,,Head of Customer Services,"Entered by User ' +
        csv[4]?.split("Entered by User ")[1],
    );
    expect(csv[4]).toContain("Two advisers left in August.");
  });
});
