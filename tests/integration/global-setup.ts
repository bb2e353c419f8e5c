// Migrates once per run, then every file starts from that schema: on a PostgreSQL server each worker works in
// its own copy of the test database (tests/integration/worker-database.ts); on the embedded path each file's
// in-memory database loads a dump of one migrated PGlite instead of running every migration again.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/database/migrate";
import { openPGlite } from "@/lib/database/pglite";
import { pgliteRunner, withPgRunner } from "@/lib/database/runners";
import { dropWorkerDatabases } from "./worker-database";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

const migratedPGliteDump = async () => {
  const pglite = openPGlite("memory://");
  await applyMigrations(pgliteRunner(pglite));
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();
  const folder = mkdtempSync(path.join(tmpdir(), "involve-pglite-"));
  const file = path.join(folder, "migrated.tar");
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  return { file, remove: () => rmSync(folder, { recursive: true, force: true }) };
};

const setUpTestDatabases = async (project: TestProject) => {
  const url = process.env.DATABASE_URL;
  if (url) {
    await dropWorkerDatabases(url);
    await withPgRunner(url, applyMigrations);
    return () => dropWorkerDatabases(url);
  }
  const template = await migratedPGliteDump();
  project.provide("pgliteTemplate", template.file);
  return template.remove;
};

export default setUpTestDatabases;
