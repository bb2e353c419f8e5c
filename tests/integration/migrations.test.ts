import { describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/database/migrate";
import { openPGlite } from "@/lib/database/pglite";
import { pgliteRunner } from "@/lib/database/runners";
import { pendingSchemaSql } from "@/scripts/lib/schema-engine";

describe("migrations", () => {
  it("build exactly the database schema.prisma describes", async () => {
    // Fails when someone edits schema.prisma without `npm run db:new-migration`.
    expect(await pendingSchemaSql()).toBe("");
  }, 60_000);

  it("notice when the schema has moved on from the migrations", async () => {
    const index = 'CREATE INDEX "Customer_lastName_firstName_idx"';
    const withoutIndex = readMigrations().map((m) => ({ ...m, sql: m.sql.replace(new RegExp(`${index}[^;]*;`), "") }));
    expect(await pendingSchemaSql(withoutIndex)).toContain(index);
  }, 60_000);

  it("apply once and are then up to date, recorded where prisma migrate deploy looks", async () => {
    const pglite = openPGlite("memory://");
    const runner = pgliteRunner(pglite);
    expect(await applyMigrations(runner)).toEqual(readMigrations().map((m) => m.name));
    expect(await applyMigrations(runner)).toEqual([]);
    const rows = await runner.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toEqual(readMigrations().map((m) => ({ migration_name: m.name, checksum: m.checksum })));
    await pglite.close();
  });

  it("leave nothing behind when a migration fails", async () => {
    const pglite = openPGlite("memory://");
    const runner = pgliteRunner(pglite);
    const broken = [
      { name: "20000101000000_broken", sql: 'CREATE TABLE "Half" (id INT); SELECT no_such_function();', checksum: "x" },
    ];
    await expect(applyMigrations(runner, broken)).rejects.toThrow("20000101000000_broken failed");
    const tables = await runner.query(`SELECT 1 FROM pg_tables WHERE tablename = 'Half'`);
    expect(tables).toEqual([]);
    await pglite.close();
  });
});
