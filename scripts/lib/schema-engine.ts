import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { MIGRATIONS_DIR, readMigrations, type Migration } from "../../lib/database/migrate";

// The package's entry imports the .wasm as an ES module, which only bundlers understand,
// so the module is instantiated by hand with the generated JS glue as its imports.
const loadWasm = async () => {
  const require = createRequire(import.meta.url);
  const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const path = join(dirname(glue), "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(readFileSync(path), {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
};

// pglite-prisma-adapter 0.7 does not await executeScript, so a failing migration on the shadow
// database would surface as an unhandled rejection instead of an engine error.
const awaitingScripts = async (db: PGlite): Promise<SqlDriverAdapter> => {
  const adapter = (await new PrismaPGlite(db).connect()) as unknown as SqlDriverAdapter;
  adapter.executeScript = async (script) => {
    await db.exec(script);
  };
  return adapter;
};

const engineAdapterFactory = (db: PGlite): SqlMigrationAwareDriverAdapterFactory => ({
  provider: "postgres",
  adapterName: "involve-pglite",
  connect: () => awaitingScripts(db),
  connectToShadowDb: () => awaitingScripts(new PGlite()),
});

let loaded: Promise<void> | undefined;

export const openSchemaEngine = async (db: PGlite, schema: string): Promise<SchemaEngine> => {
  loaded ??= loadWasm();
  await loaded;
  const adapter = bindMigrationAwareSqlAdapterFactory(engineAdapterFactory(db));
  const engine = (bindings as unknown as { SchemaEngine: typeof SchemaEngine }).SchemaEngine;
  return engine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, adapter);
};

const SCHEMA_PATH = join(process.cwd(), "prisma", "schema.prisma");
const NO_FILTER = { externalTables: [], externalEnums: [] };

const migrationList = (migrations: Migration[]) => ({
  baseDir: MIGRATIONS_DIR,
  lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"\n' },
  shadowDbInitScript: "",
  migrationDirectories: migrations.map((m) => ({
    path: m.name,
    migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: m.sql } },
  })),
});

/**
 * The SQL that would bring a database built from the migrations up to schema.prisma.
 * Empty when they agree. The migrations are replayed on an in-memory shadow database.
 */
export const pendingSchemaSql = async (migrations = readMigrations()): Promise<string> => {
  const schema = readFileSync(SCHEMA_PATH, "utf8");
  const db = new PGlite();
  const engine = await openSchemaEngine(db, schema);
  try {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrationList(migrations) },
      to: { tag: "schemaDatamodel", files: [{ path: SCHEMA_PATH, content: schema }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return isEmptyScript(result.stdout ?? "") ? "" : (result.stdout ?? "");
  } finally {
    engine.free();
    await db.close();
  }
};

const isEmptyScript = (sql: string) =>
  sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
