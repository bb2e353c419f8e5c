import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { SqlRunner } from "./migrate";

export const pgliteRunner = (db: PGlite): SqlRunner => ({
  exec: async (sql) => {
    await db.exec(sql);
  },
  query: async <T>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows,
});

/** Runs `work` with a single PostgreSQL connection (the advisory lock is per session). */
export const withPgRunner = async <T>(url: string, work: (db: SqlRunner) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work({
      exec: async (sql) => {
        await client.query(sql);
      },
      query: async <R>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as R[],
    });
  } finally {
    await client.end();
  }
};
