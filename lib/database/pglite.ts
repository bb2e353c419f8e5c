import { mkdirSync, readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { applyMigrations } from "./migrate";
import { pgliteRunner } from "./runners";

/**
 * `template` is a data folder saved by PGlite's dumpDataDir: the integration tests start each file's in-memory
 * database from one migrated copy, which takes a second where running every migration again takes several.
 */
export const openPGlite = (dir: string, template?: string): PGlite => {
  if (!dir.startsWith("memory://")) mkdirSync(dir, { recursive: true });
  return new PGlite(dir, template ? { loadDataDir: new Blob([readFileSync(template)]) } : {});
};

/**
 * Opens the embedded database on first use and brings its schema up to date, so a fresh clone
 * needs no set-up step and `next build` never touches the data folder.
 * PGlite is one connection: its transaction() holds an exclusive lock, so concurrent requests are
 * serialised rather than interleaved (see tests/integration/embedded-concurrency.test.ts).
 */
export class MigratingPGliteFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "involve-pglite";
  #inner: Promise<PrismaPGlite> | undefined;
  #pglite: PGlite | undefined;

  constructor(
    private readonly dir: string,
    private readonly template?: string,
  ) {}

  #open = () => {
    this.#inner ??= (async () => {
      this.#pglite = openPGlite(this.dir, this.template);
      await applyMigrations(pgliteRunner(this.#pglite));
      return new PrismaPGlite(this.#pglite);
    })();
    return this.#inner;
  };

  /** The open, migrated database itself: the job queue runs its own SQL on it (lib/jobs/boss.ts). */
  pglite = async (): Promise<PGlite> => {
    await this.#open();
    return this.#pglite as PGlite;
  };

  /** Flushes and closes the data folder; a script must call it or its process never exits. */
  close = async () => {
    await this.#inner;
    await this.#pglite?.close();
    this.#inner = undefined;
    this.#pglite = undefined;
  };

  connect = async (): Promise<SqlDriverAdapter> => (await this.#open()).connect() as Promise<SqlDriverAdapter>;

  connectToShadowDb = async (): Promise<SqlDriverAdapter> =>
    (await this.#open()).connectToShadowDb() as Promise<SqlDriverAdapter>;
}
