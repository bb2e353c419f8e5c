// Brings a PostgreSQL test database up to date once per run; each worker then works in its own copy of it
// (tests/integration/worker-database.ts). The embedded path migrates an in-memory database per file.
import { applyMigrations } from "@/lib/database/migrate";
import { withPgRunner } from "@/lib/database/runners";
import { dropWorkerDatabases } from "./worker-database";

const migrateTestServer = async () => {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  await dropWorkerDatabases(url);
  await withPgRunner(url, applyMigrations);
  return () => dropWorkerDatabases(url);
};

export default migrateTestServer;
