// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference between the
// existing migrations and prisma/schema.prisma, without Prisma's native schema engine.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MIGRATIONS_DIR } from "../lib/database/migrate";
import { pendingSchemaSql } from "./lib/schema-engine";

const timestamp = (now: Date) => now.toISOString().replace(/\D/g, "").slice(0, 14);

const main = async () => {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("Usage: npm run db:new-migration -- <name_in_snake_case>");
    process.exit(2);
  }
  const sql = await pendingSchemaSql();
  if (!sql) {
    console.log("schema.prisma and the migrations already agree: nothing to write.");
    return;
  }
  const dir = join(MIGRATIONS_DIR, `${timestamp(new Date())}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  writeFileSync(join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
  console.log(`Wrote ${join(dir, "migration.sql")}. Review it, then run npm run db:migrate.`);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
