// Applies pending migrations to DATABASE_URL (a server) or the embedded database folder.
import { env } from "../lib/env";
import { applyMigrations } from "../lib/database/migrate";
import { openPGlite } from "../lib/database/pglite";
import { pgliteRunner, withPgRunner } from "../lib/database/runners";

const main = async () => {
  if (env.DATABASE_URL) {
    const applied = await withPgRunner(env.DATABASE_URL, applyMigrations);
    report(applied, "PostgreSQL server");
    return;
  }
  const pglite = openPGlite(env.PGLITE_DIR);
  report(await applyMigrations(pgliteRunner(pglite)), `embedded database in ${env.PGLITE_DIR}`);
  await pglite.close();
};

const report = (applied: string[], where: string) =>
  console.log(applied.length ? `Applied ${applied.join(", ")} to the ${where}.` : `The ${where} is up to date.`);

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
