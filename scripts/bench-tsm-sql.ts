// Times a round's twelve tenant satisfaction measures over 200,000 responses, counted by the database:
// `npx tsx scripts/bench-tsm-sql.ts`. A fresh in-memory database unless DATABASE_URL is set (then a throwaway round
// is added and removed). A benchmark, not a test: it prints timings, asserts nothing.

export {};

// Must be set before lib/db is first imported: it picks the database when loaded.
if (!process.env.DATABASE_URL) process.env.PGLITE_DIR = "memory://";

const RESPONSES = 200_000;
const RUNS = 5;
// A year no real round uses, so the benchmark can share a server database.
const YEAR = 2099;

const seconds = async <T>(work: () => Promise<T>) => {
  const start = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - start) / 1000 };
};

// Points 1 to 5 spread by a hash of the row number, some blanks, and 0 ("don't know") on TP11 and TP12.
const answer = (column: string, salt: number, blankEvery: number, allowZero = false) =>
  `CASE WHEN (i * ${salt}) % ${blankEvery} = 0 THEN NULL ELSE ((i * ${salt} + i / 7) % ${allowZero ? 6 : 5} + ${allowZero ? 0 : 1}) END AS "${column}"`;

const main = async () => {
  const { db, closeDb } = await import("../lib/db");
  const { getRoundResults } = await import("../lib/surveys/round-results");
  try {
    await db.$queryRaw`SELECT 1`; // opens and migrates the database outside the timings
    await db.surveyRound.deleteMany({ where: { regime: "ENGLAND", year: YEAR } });
    const round = await db.surveyRound.create({ data: { regime: "ENGLAND", year: YEAR } });
    const columns = Array.from({ length: 12 }, (_, index) => `tp${String(index + 1).padStart(2, "0")}`);
    const load = await seconds(() =>
      db.$executeRawUnsafe(
        `
        INSERT INTO "PerceptionResponse" ("id", "roundId", "respondentRef", "tenure", "method", "hadRepair", "complained", "hasCommunalAreas", ${columns.map((c) => `"${c}"`).join(", ")})
        SELECT 'bench-' || i, $1, 'R' || i,
          (CASE WHEN i % 6 = 0 THEN 'LCHO' ELSE 'LCRA' END)::"SurveyTenure",
          (CASE i % 3 WHEN 0 THEN 'TELEPHONE' WHEN 1 THEN 'ONLINE' ELSE 'POSTAL' END)::"SurveyMethod",
          i % 3 <> 0, i % 9 = 0, CASE WHEN i % 11 = 0 THEN NULL ELSE i % 2 = 0 END,
          ${columns.map((column, index) => answer(column, 7 + index * 2, 13 + index, column === "tp11" || column === "tp12")).join(",\n          ")}
        FROM generate_series(1, ${RESPONSES}) AS i`,
        round.id,
      ),
    );
    const rows = await db.perceptionResponse.count({ where: { roundId: round.id } });
    console.log(
      `Loaded ${rows.toLocaleString("en-GB")} perception responses in ${load.seconds.toFixed(2)} s (${process.env.DATABASE_URL ? "PostgreSQL server" : "embedded PGlite"})`,
    );
    const timings: number[] = [];
    let respondents = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const { result, seconds: taken } = await seconds(() => getRoundResults(round.id, "ENGLAND"));
      timings.push(taken);
      respondents = result.respondents.all;
    }
    const best = Math.min(...timings);
    const median = [...timings].sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? best;
    console.log(
      `Twelve TSMs for all, LCRA and LCHO over ${respondents.toLocaleString("en-GB")} respondents: first ${timings[0]?.toFixed(3)} s, ` +
        `median ${median.toFixed(3)} s, best ${best.toFixed(3)} s (${RUNS} runs)`,
    );
    await db.surveyRound.delete({ where: { id: round.id } });
  } finally {
    await closeDb();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
