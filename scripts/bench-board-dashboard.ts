// Times the board dashboard's data loading with 50 KPIs and eight quarters of data behind them:
// `npm run bench -- board`. A benchmark, not a test: it prints p50 and p95, asserts nothing. Target: p95 < 150 ms.

// Must be set before lib/db is first imported: it picks the database when loaded.
// With DATABASE_URL (an empty, migrated PostgreSQL database) it measures the server instead of embedded PGlite.
process.env.PGLITE_DIR = "memory://";

export {};

const KPIS = 50;
const CUSTOMERS = 3_000;
const EVENTS_PER_QUARTER = 60;
const ATTENDEES_PER_EVENT = 25;
const CONSULTATIONS_PER_QUARTER = 4;
const RESPONSES_PER_CONSULTATION = 300;
const SURVEY_RESPONSES = 2_000;
const RUNS = 60;

const DAY = 86_400_000;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

const main = async () => {
  const { db, closeDb } = await import("../lib/db");
  const { getKpiTiles } = await import("../lib/kpi/queries");
  const { latestCompleteQuarter, quartersEnding } = await import("../lib/kpi/rules");
  const { quarterBounds } = await import("../lib/uk-time");
  const { MANAGEMENT_MEASURES } = await import("../lib/management-figures/rules");
  try {
    await db.$queryRaw`SELECT 1`; // opens and migrates the database outside the timings
    const now = new Date();
    const quarter = latestCompleteQuarter(now);
    const quarters = quartersEnding(quarter, 8);
    const started = performance.now();
    await db.landlord.create({ data: { id: 1, name: "Benchmark Homes", regime: "ENGLAND" } });
    const areas = await Promise.all(
      ["North", "South", "East", "West"].map((name, index) => db.area.create({ data: { id: `a${index}`, name } })),
    );
    await db.home.createMany({
      data: Array.from({ length: CUSTOMERS }, (_, i) => ({
        id: `h${i}`,
        reference: `H${i}`,
        addressLine1: "1 Street",
        town: "Town",
        postcode: "AB1 2CD",
        areaId: areas[i % areas.length]?.id ?? "a0",
        stockType: "LCRA" as const,
      })),
    });
    await db.customer.createMany({
      data: Array.from({ length: CUSTOMERS }, (_, i) => ({
        id: `c${i}`,
        reference: `C${i}`,
        kind: "TENANT" as const,
        firstName: "A",
        lastName: "B",
        homeId: `h${i}`,
      })),
    });
    for (const [qIndex, q] of quarters.entries()) {
      const { start } = quarterBounds(q);
      const events = Array.from({ length: EVENTS_PER_QUARTER }, (_, i) => ({
        id: `e${qIndex}-${i}`,
        title: "Event",
        kind: "DROP_IN" as const,
        format: "IN_PERSON" as const,
        areaId: areas[i % areas.length]?.id,
        partners: i % 3 === 0 ? ["Council"] : [],
        startsAt: new Date(start.getTime() + (i % 80) * DAY),
        endsAt: new Date(start.getTime() + (i % 80) * DAY + 7_200_000),
        unnamedAttendees: i % 4,
      }));
      await db.event.createMany({ data: events });
      await db.eventAttendance.createMany({
        data: events.flatMap((event, i) =>
          Array.from({ length: ATTENDEES_PER_EVENT }, (_, j) => ({
            eventId: event.id,
            customerId: `c${(qIndex * 97 + i * 31 + j * 7) % CUSTOMERS}`,
            walkIn: j % 5 === 0,
            recordedAt: event.startsAt,
          })),
        ),
        skipDuplicates: true,
      });
      for (let c = 0; c < CONSULTATIONS_PER_QUARTER; c += 1) {
        const closesAt = new Date(start.getTime() + (20 + c * 15) * DAY);
        // Responses are only accepted while a consultation is open (a database rule): it closes after they are in.
        const consultation = await db.consultation.create({
          data: {
            title: "C",
            summary: "C",
            status: "OPEN",
            opensAt: new Date(closesAt.getTime() - 20 * DAY),
            closesAt: new Date(now.getTime() + DAY),
          },
        });
        await db.consultationResponse.createMany({
          data: Array.from({ length: RESPONSES_PER_CONSULTATION }, (_, j) => ({
            consultationId: consultation.id,
            customerId: `c${(qIndex * 300 + c * 500 + j) % CUSTOMERS}`,
            channel: "ONLINE" as const,
            submittedAt: closesAt,
            updatedAt: closesAt,
          })),
          skipDuplicates: true,
        });
        await db.consultation.update({
          where: { id: consultation.id },
          data: {
            status: "CLOSED",
            closesAt,
            outcomePublishedAt: c % 2 ? new Date(closesAt.getTime() + 10 * DAY) : null,
          },
        });
      }
      await db.managementMeasure.createMany({
        data: MANAGEMENT_MEASURES.map(({ code }) => ({
          code,
          year: q.year,
          quarter: q.quarter,
          numerator: 90,
          denominator: 100,
        })),
        skipDuplicates: true,
      });
    }
    const round = await db.surveyRound.create({ data: { year: quarters[0]?.year ?? 2024, regime: "ENGLAND" } });
    await db.perceptionResponse.createMany({
      data: Array.from({ length: SURVEY_RESPONSES }, (_, i) => ({
        roundId: round.id,
        respondentRef: `R${i}`,
        tenure: "LCRA" as const,
        method: "ONLINE" as const,
        tp01: 1 + (i % 5),
        tp06: 1 + ((i * 3) % 5),
        tp07: 1 + ((i * 7) % 5),
        tp08: 1 + ((i * 11) % 5),
      })),
    });
    await db.surveyRound.update({
      where: { id: round.id },
      data: { status: "CLOSED", closedAt: quarterBounds(quarters[0] ?? quarter).start },
    });
    const computed = [
      "INVOLVED_CUSTOMERS",
      "NEW_CUSTOMERS_INVOLVED",
      "EVENTS_HELD",
      "EVENTS_IN_PARTNERSHIP",
      "EVENT_ATTENDEES",
      "TRAINING_COMPLETIONS",
      "CONSULTATIONS_HELD",
      "CONSULTATION_RESPONSE_RATE",
      "OUTCOMES_PUBLISHED_ON_TIME",
      "SCRUTINY_RECOMMENDATIONS_OPEN",
    ] as const;
    const perception = ["TP01", "TP06", "TP07", "TP08"];
    const management = MANAGEMENT_MEASURES.slice(0, 10).map(({ code }) => code);
    for (let i = 0; i < KPIS; i += 1) {
      const source =
        i < computed.length ? computed[i] : i < 14 ? "PERCEPTION_MEASURE" : i < 24 ? "MANAGEMENT_MEASURE" : "MANUAL";
      const sourceCode =
        source === "PERCEPTION_MEASURE"
          ? perception[i - 10]
          : source === "MANAGEMENT_MEASURE"
            ? management[i - 14]
            : null;
      const kpi = await db.kpi.create({
        data: {
          code: `K${String(i).padStart(2, "0")}`,
          name: `KPI ${i}`,
          description: "Benchmark",
          unit: "PERCENT",
          direction: "HIGHER_IS_BETTER",
          section: "INVOLVEMENT",
          source: source ?? "MANUAL",
          sourceCode,
          owner: "Owner",
          outcomeCodes: ["EN:TIA"],
          position: i,
        },
      });
      await db.kpiTarget.createMany({
        data: [quarter.year - 2, quarter.year - 1, quarter.year].map((year) => ({
          kpiId: kpi.id,
          year,
          target: 90,
          amberTolerance: 2,
        })),
      });
      if (source === "MANUAL")
        await db.kpiValue.createMany({ data: quarters.map((q, j) => ({ kpiId: kpi.id, ...q, value: 85 + j })) });
    }
    // Fresh statistics, as autovacuum would have gathered on a database in use.
    await db.$executeRaw`ANALYZE`;
    console.log(
      `Loaded ${KPIS} KPIs, ${EVENTS_PER_QUARTER * 8} events, ${CONSULTATIONS_PER_QUARTER * 8} consultations over 8 quarters in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    for (const [label, areaId] of [
      ["all areas", undefined],
      ["one area", areas[0]?.id],
    ] as const) {
      await getKpiTiles({ quarter, areaId, regime: "ENGLAND", now }); // warm-up
      const times: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const start = performance.now();
        await getKpiTiles({ quarter, areaId, regime: "ENGLAND", now });
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      console.log(
        `dashboard data (${label}), ${RUNS} runs: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms (target p95 < 150 ms)`,
      );
    }
  } finally {
    await closeDb();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
