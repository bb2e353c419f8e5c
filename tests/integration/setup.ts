import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, inject } from "vitest";
import { workerDatabaseUrl } from "./worker-database";

// Without DATABASE_URL each test file gets its own in-memory embedded database; with it, each worker its own
// copy of that database, so files run in parallel.
process.env.PGLITE_DIR = "memory://";
if (process.env.DATABASE_URL) {
  process.env.DATABASE_URL = await workerDatabaseUrl(process.env.DATABASE_URL, process.env.VITEST_POOL_ID ?? "1");
} else {
  process.env.PGLITE_TEMPLATE = inject("pgliteTemplate");
}
// Attached files go to a throwaway folder, never the developer's own .data/.
process.env.FILES_DIR ??= mkdtempSync(path.join(tmpdir(), "involve-files-"));

const { closeDb, db } = await import("@/lib/db");
const { stopBoss } = await import("@/lib/jobs/boss");

const tables = async () =>
  (
    await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`
  ).map((row) => `"${row.tablename}"`);

const allTables = await tables();

beforeEach(async () => {
  await db.$executeRawUnsafe(`TRUNCATE ${allTables.join(", ")} RESTART IDENTITY CASCADE`);
});

afterAll(async () => {
  // Publishing a consultation queues its emails, which opens the job queue in any test that publishes one.
  await stopBoss();
  await closeDb();
  delete (globalThis as { involveDb?: unknown }).involveDb;
});
