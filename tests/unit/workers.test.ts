import { describe, expect, it } from "vitest";
import { poolPerWorker, workerCount } from "@/scripts/lib/workers.mjs";

const ON_POSTGRES = { DATABASE_URL: "postgresql://db.example.org/involve" };

describe("how many workers npm start runs", () => {
  it("runs one per core on PostgreSQL, or as many as WEB_CONCURRENCY asks", () => {
    expect(workerCount(ON_POSTGRES, 2)).toBe(2);
    expect(workerCount({ ...ON_POSTGRES, WEB_CONCURRENCY: "3" }, 2)).toBe(3);
    expect(workerCount({ ...ON_POSTGRES, WEB_CONCURRENCY: "none" }, 2)).toBe(2);
    expect(workerCount({ ...ON_POSTGRES, WEB_CONCURRENCY: "0" }, 2)).toBe(2);
  });

  it("runs one on the embedded database, which one process owns, whatever is asked", () => {
    expect(workerCount({}, 8)).toBe(1);
    expect(workerCount({ WEB_CONCURRENCY: "4" }, 8)).toBe(1);
  });

  it("shares 20 database connections between the workers unless told, and never gives one fewer than 5", () => {
    expect(poolPerWorker({}, 2)).toBe("10");
    expect(poolPerWorker({}, 4)).toBe("5");
    // 16 workers at 5 each stay under PostgreSQL's default of 100 connections.
    expect(poolPerWorker({}, 16)).toBe("5");
    expect(poolPerWorker({ DATABASE_POOL_MAX: "25" }, 16)).toBe("25");
  });
});
