// Times the involvement profile (lib/reach/profile.ts) for a landlord of 50,000 customers: `npm run bench -- reach`.
// A benchmark, not a test: it prints p50 and p95, asserts nothing. Aim: p95 < 1 s, as the reach page and the
// board's summary each read it once per request (decision 23 records what was measured).

// Must be set before lib/db is first imported: it picks the database when loaded.
// With DATABASE_URL (an empty, migrated PostgreSQL database) it measures the server instead of embedded PGlite.
process.env.PGLITE_DIR = "memory://";

export {};

const CUSTOMERS = 50_000;
const AREAS = 12;
const ANSWERED = 0.55; // share of customers who answered the equality questions
const INVOLVED_EVERY = 12; // one customer in twelve takes part in the year
const RUNS = 20;
const BATCH = 5_000;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

const inBatches = async <T>(rows: T[], write: (batch: T[]) => Promise<unknown>) => {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
};

const main = async () => {
  const { db, closeDb } = await import("../lib/db");
  const { DEFAULT_EQUALITY_QUESTIONS } = await import("../lib/people/equality");
  const { financialYearPeriod, getInvolvementProfile } = await import("../lib/reach/profile");
  try {
    await db.$queryRaw`SELECT 1`; // opens and migrates the database outside the timings
    const started = performance.now();
    await db.landlord.create({ data: { id: 1, name: "Benchmark Homes", regime: "ENGLAND" } });
    await db.area.createMany({ data: Array.from({ length: AREAS }, (_, i) => ({ id: `a${i}`, name: `Area ${i}` })) });
    const questions = DEFAULT_EQUALITY_QUESTIONS.ENGLAND;
    await db.equalityQuestion.createMany({
      data: questions.map((question, position) => ({ id: `q-${question.key}`, ...question, position })),
    });
    const ids = Array.from({ length: CUSTOMERS }, (_, i) => i);
    await inBatches(ids, (batch) =>
      db.home.createMany({
        data: batch.map((i) => ({
          id: `h${i}`,
          reference: `H${i}`,
          addressLine1: "1 Street",
          town: "Town",
          postcode: "AB1 2CD",
          areaId: `a${i % AREAS}`,
          stockType: "LCRA" as const,
        })),
      }),
    );
    await inBatches(ids, (batch) =>
      db.customer.createMany({
        data: batch.map((i) => ({
          id: `c${i}`,
          reference: `C${i}`,
          kind: i % 9 === 0 ? ("LEASEHOLDER" as const) : ("TENANT" as const),
          firstName: "A",
          lastName: "B",
          homeId: `h${i}`,
        })),
      }),
    );
    const answers = ids
      .filter((i) => (i * 7919) % 100 < ANSWERED * 100)
      .flatMap((i) =>
        questions.map((question, q) => ({
          customerId: `c${i}`,
          questionId: `q-${question.key}`,
          answer: question.options[(i + q) % question.options.length] ?? "Prefer not to say",
          answeredAt: new Date("2026-01-15"),
        })),
      );
    await inBatches(answers, (batch) => db.equalityAnswer.createMany({ data: batch }));
    await inBatches(
      ids.filter((i) => i % 7 === 0),
      (batch) =>
        db.supportNeed.createMany({ data: batch.map((i) => ({ customerId: `c${i}`, kind: "LARGE_PRINT" as const })) }),
    );
    const event = await db.event.create({
      data: {
        title: "Gala",
        kind: "GALA_DAY",
        format: "IN_PERSON",
        startsAt: new Date("2026-06-13T10:00:00Z"),
        endsAt: new Date("2026-06-13T15:00:00Z"),
      },
    });
    await inBatches(
      ids.filter((i) => i % INVOLVED_EVERY === 0),
      (batch) =>
        db.eventAttendance.createMany({
          data: batch.map((i) => ({
            eventId: event.id,
            customerId: `c${i}`,
            walkIn: false,
            recordedAt: event.startsAt,
          })),
        }),
    );
    const group = await db.group.create({ data: { name: "Panel", type: "TENANT_PANEL" } });
    await inBatches(
      ids.filter((i) => i % 97 === 1),
      (batch) =>
        db.groupMembership.createMany({
          data: batch.map((i) => ({ groupId: group.id, customerId: `c${i}`, startedOn: new Date("2025-01-01") })),
        }),
    );
    // Fresh statistics, as autovacuum would have gathered on a database in use.
    await db.$executeRaw`ANALYZE`;
    console.log(
      `Loaded ${CUSTOMERS} customers, ${answers.length} equality answers in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const period = financialYearPeriod(2026);
    await getInvolvementProfile(period); // warm
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const start = performance.now();
      await getInvolvementProfile(period);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    console.log(
      `Involvement profile, ${CUSTOMERS} customers: p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`,
    );
  } finally {
    await closeDb();
  }
};

void main();
