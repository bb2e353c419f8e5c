import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkHealth } from "@/lib/health";
import { createLandlord } from "@/tests/factories";

describe("the database under concurrent writes", () => {
  it("answers the health check", async () => {
    expect(await checkHealth()).toEqual({ status: "ok", database: "up" });
  });

  // PGlite is a single connection: transactions must queue, never interleave. On PostgreSQL the
  // same read-then-write would need SELECT ... FOR UPDATE, so this runs on the embedded path only.
  it.skipIf(Boolean(process.env.DATABASE_URL))(
    "serialises interactive transactions on the embedded database",
    async () => {
      await createLandlord();
      const bump = () =>
        db.$transaction(async (tx) => {
          const { name } = await tx.landlord.findUniqueOrThrow({ where: { id: 1 } });
          await new Promise((resolve) => setTimeout(resolve, 5));
          await tx.landlord.update({ where: { id: 1 }, data: { name: `${name}+` } });
        });
      await Promise.all(Array.from({ length: 20 }, bump));
      expect((await db.landlord.findUniqueOrThrow({ where: { id: 1 } })).name).toBe(
        `Test Housing Association${"+".repeat(20)}`,
      );
    },
  );

  it("keeps a failed transaction's writes out while others commit", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        db.$transaction(async (tx) => {
          await tx.area.create({ data: { name: `Area ${i}` } });
          if (i % 2 === 1) throw new Error("rolled back");
        }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    expect(await db.area.count()).toBe(5);
  });

  it("holds unique constraints when two requests insert the same row at once", async () => {
    const results = await Promise.allSettled([
      db.area.create({ data: { name: "Riverside" } }),
      db.area.create({ data: { name: "Riverside" } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.area.count()).toBe(1);
  });
});
