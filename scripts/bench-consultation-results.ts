// Times consultation results with 20,000 responses against a fresh in-memory database:
// `npx tsx scripts/bench-consultation-results.ts`. A benchmark, not a test: it prints timings, asserts nothing.

// Must be set before lib/db is first imported: it picks the database when loaded.
process.env.PGLITE_DIR = "memory://";

const RESPONSES = 20_000;
const BATCH = 2_000;
const DAY = 86_400_000;
const CHANNELS = ["ONLINE", "ONLINE", "PAPER", "PHONE"] as const;
const KINDS = ["TENANT", "TENANT", "LEASEHOLDER", "JOINT_TENANT"] as const;

const seconds = async <T>(work: () => Promise<T>) => {
  const start = performance.now();
  const result = await work();
  return { result, seconds: ((performance.now() - start) / 1000).toFixed(2) };
};

const main = async () => {
  const { db, closeDb } = await import("../lib/db");
  const { getResultCounts, listWrittenAnswers } = await import("../lib/consultations/queries");
  try {
    await db.$queryRaw`SELECT 1`; // opens and migrates the database outside the timings
    const areas = await Promise.all(
      ["Riverside", "Hillhead", "Millbrook"].map((name) => db.area.create({ data: { name } })),
    );
    const consultation = await db.consultation.create({
      data: {
        title: "Benchmark",
        summary: "Benchmark",
        status: "OPEN",
        opensAt: new Date(Date.now() - DAY),
        closesAt: new Date(Date.now() + DAY),
      },
    });
    const question = (position: number, type: "SCALE" | "MULTIPLE_CHOICE" | "FREE_TEXT") =>
      db.consultationQuestion.create({
        data: {
          consultationId: consultation.id,
          position,
          type,
          label: `Q${position}`,
          scaleKind: type === "SCALE" ? "SATISFACTION" : null,
          options: ["A", "B", "C"],
        },
      });
    const [scale, choice, text] = [
      await question(1, "SCALE"),
      await question(2, "MULTIPLE_CHOICE"),
      await question(3, "FREE_TEXT"),
    ];
    const now = new Date();
    const load = await seconds(async () => {
      for (let start = 0; start < RESPONSES; start += BATCH) {
        const rows = Array.from({ length: BATCH }, (_, j) => start + j);
        await db.consultationResponse.createMany({
          data: rows.map((i) => ({
            id: `r${i}`,
            consultationId: consultation.id,
            channel: CHANNELS[i % CHANNELS.length] ?? "ONLINE",
            customerKind: KINDS[i % KINDS.length] ?? "TENANT",
            areaId: areas[i % areas.length]?.id ?? null,
            submittedAt: now,
            updatedAt: now,
          })),
        });
        await db.consultationAnswer.createMany({
          data: rows.flatMap((i) => [
            { responseId: `r${i}`, questionId: scale.id, option: String(1 + (i % 5)) },
            { responseId: `r${i}`, questionId: choice.id, option: "A" },
            ...(i % 3 === 0 ? [{ responseId: `r${i}`, questionId: choice.id, option: "C" }] : []),
            ...(i % 10 === 0 ? [{ responseId: `r${i}`, questionId: text.id, text: `Comment ${i}` }] : []),
          ]),
        });
      }
    });
    const answers = await db.consultationAnswer.count();
    console.log(
      `Loaded ${RESPONSES.toLocaleString("en-GB")} responses, ${answers.toLocaleString("en-GB")} answer rows in ${load.seconds} s`,
    );
    for (const [name, filter] of [
      ["all responses", {}],
      ["one area", { area: areas[0]?.id }],
      ["paper only", { channel: "PAPER" as const }],
    ] as const) {
      const counts = await seconds(() => getResultCounts(consultation.id, filter));
      const written = await seconds(() => listWrittenAnswers(consultation.id, filter));
      console.log(
        `Results, ${name}: counts ${counts.seconds} s (${counts.result.total.toLocaleString("en-GB")} responses, ${counts.result.options.length} count rows), ` +
          `written answers ${written.seconds} s (${written.result.length} rows)`,
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
