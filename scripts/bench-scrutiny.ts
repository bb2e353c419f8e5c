// Times the board's scrutiny counts and the annual assurance evidence with 500 published reviews and 5,000
// recommendations against a fresh in-memory database: `npm run bench -- scrutiny`. Prints timings, asserts nothing.

import { timed as seconds } from "./lib/timing";

// Must be set before lib/db is first imported (below, dynamically): it picks the database when loaded.
process.env.PGLITE_DIR = "memory://";

const REVIEWS = 500;
const PER_REVIEW = 10;
const DAY = 86_400_000;
const CODES = ["EN:SQ", "EN:TIA", "EN:NC", "EN:TEN"];

const main = async () => {
  const { db, closeDb } = await import("../lib/db");
  const { recommendationCounts, listOpenActions } = await import("../lib/scrutiny/queries");
  const { assuranceEvidence } = await import("../lib/outcomes/queries");
  try {
    await db.$queryRaw`SELECT 1`; // opens and migrates the database outside the timings
    const panel = await db.group.create({ data: { name: "Panel", type: "SCRUTINY_PANEL" } });
    const now = new Date("2026-10-01T12:00:00Z");
    const load = await seconds(async () => {
      await db.scrutinyReview.createMany({
        data: Array.from({ length: REVIEWS }, (_, i) => ({
          id: `v${i}`,
          panelId: panel.id,
          title: `Review ${i}`,
          topicSource: "OTHER" as const,
          topicDetail: "Benchmark",
          scope: "Benchmark",
          status: "PUBLISHED" as const,
          findings: "Found",
          outcomeCodes: [CODES[i % 4] ?? "EN:SQ"],
          publishedAt: new Date(now.getTime() - (i % 700) * DAY),
        })),
      });
      await db.scrutinyRecommendation.createMany({
        data: Array.from({ length: REVIEWS * PER_REVIEW }, (_, i) => {
          const rejected = i % 5 === 0;
          return {
            reviewId: `v${Math.floor(i / PER_REVIEW)}`,
            number: (i % PER_REVIEW) + 1,
            text: "Do better",
            outcomeCodes: [CODES[i % 4] ?? "EN:SQ"],
            response: rejected ? ("REJECTED" as const) : ("ACCEPTED" as const),
            responseReason: rejected ? "No" : null,
            action: rejected ? null : "Act",
            actionOwner: rejected ? null : "Owner",
            dueOn: rejected ? null : new Date(now.getTime() + ((i % 200) - 100) * DAY),
            completedOn: !rejected && i % 3 === 0 ? now : null,
            respondedAt: now,
          };
        }),
      });
    });
    console.log(
      `Loaded ${REVIEWS} reviews and ${(REVIEWS * PER_REVIEW).toLocaleString("en-GB")} recommendations in ${load.seconds} s`,
    );
    for (let run = 1; run <= 2; run += 1) {
      const counts = await seconds(() => recommendationCounts(now));
      const open = await seconds(() => listOpenActions());
      const evidence = await seconds(() => assuranceEvidence("ENGLAND", 2026));
      const items = evidence.result.reduce((sum, entry) => sum + entry.items.length, 0);
      console.log(
        `Run ${run}: board counts ${counts.seconds} s (${counts.result.overdue} overdue), open actions ${open.seconds} s (${open.result.length} rows), ` +
          `assurance 2026/27 ${evidence.seconds} s (${items} evidence items)`,
      );
    }
  } finally {
    await closeDb();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
