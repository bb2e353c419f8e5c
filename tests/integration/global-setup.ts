// Brings a PostgreSQL test database up to date once per run; the embedded path migrates on first use.
import { applyMigrations } from "@/lib/database/migrate";
import { withPgRunner } from "@/lib/database/runners";

const migrateTestServer = async () => {
  const url = process.env.DATABASE_URL;
  if (url) await withPgRunner(url, applyMigrations);
};

export default migrateTestServer;
