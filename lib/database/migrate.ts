import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** What the migration runner needs from a connection: multi-statement scripts and parameterised reads. */
export type SqlRunner = {
  exec: (sql: string) => Promise<void>;
  query: <T>(sql: string, params?: unknown[]) => Promise<T[]>;
};

export type Migration = { name: string; sql: string; checksum: string };

export const MIGRATIONS_DIR = join(process.cwd(), "prisma", "migrations");

export const readMigrations = (dir = MIGRATIONS_DIR): Migration[] =>
  readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(/*turbopackIgnore: true*/ join(dir, entry.name, "migration.sql")),
    )
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(/*turbopackIgnore: true*/ join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });

// The same table `prisma migrate deploy` keeps, so either tool can take over from the other.
const CREATE_HISTORY = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Serialises concurrent deploys (two app instances starting at once) on a server.
const LOCK_ID = 72707369;

type Applied = { migration_name: string; checksum: string };

/** Applies every migration not yet recorded, each in its own transaction. Returns the names applied. */
export const applyMigrations = async (db: SqlRunner, migrations = readMigrations()): Promise<string[]> => {
  await db.exec(`SELECT pg_advisory_lock(${LOCK_ID})`);
  try {
    await db.exec(CREATE_HISTORY);
    const applied = await db.query<Applied>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(applied.map((row) => [row.migration_name, row.checksum]));
    const names: string[] = [];
    for (const migration of migrations) {
      const checksum = done.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          console.warn(`Migration ${migration.name} was edited after it was applied.`);
        }
        continue;
      }
      await applyOne(db, migration);
      names.push(migration.name);
    }
    return names;
  } finally {
    await db.exec(`SELECT pg_advisory_unlock(${LOCK_ID})`);
  }
};

const applyOne = async (db: SqlRunner, migration: Migration) => {
  await db.exec("BEGIN");
  try {
    await db.exec(migration.sql);
    await db.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await db.exec("COMMIT");
  } catch (error) {
    await db.exec("ROLLBACK");
    throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
  }
};
