import type PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";

/**
 * Lets pg-boss add jobs inside a Prisma transaction, so the jobs and the rows they work on are written together or
 * not at all. pg-boss passes its job list as JSON text; the cast tells PostgreSQL so, as Prisma types it as text.
 */
export const inTransaction = (tx: Tx): PgBoss.Db => ({
  executeSql: async (text, values = []) => ({
    rows: await tx.$queryRawUnsafe(text.replace("json_to_recordset($1)", "json_to_recordset($1::json)"), ...values),
  }),
});
