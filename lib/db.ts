import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { MigratingPGliteFactory } from "@/lib/database/pglite";

const connect = () => {
  const embedded = env.DATABASE_URL ? undefined : new MigratingPGliteFactory(env.PGLITE_DIR, env.PGLITE_TEMPLATE);
  const client = new PrismaClient({
    adapter: embedded ?? new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX }),
    omit: { user: { passwordHash: true, totpSecret: true } },
    ...(env.DB_QUERY_LOG === "1" && { log: [{ emit: "event", level: "query" }] as const }),
  });
  if (env.DB_QUERY_LOG === "1") {
    // One line per query (the benchmark counts them; the text shows which page asked what).
    client.$on("query" as never, (event: { query: string }) =>
      console.error("db-query", event.query.replace(/\s+/g, " ").slice(0, 400)),
    );
  }
  return { client, embedded };
};

type Connection = ReturnType<typeof connect>;

// One client per process: dev hot reload re-evaluates modules, and PGlite must not open its folder twice.
const globalForDb = globalThis as unknown as { involveDb?: Connection };
const connection = (globalForDb.involveDb ??= connect());

export const db = connection.client;
/** The embedded database when DATABASE_URL is unset, else undefined. */
export const embeddedDatabase = connection.embedded;
export type Db = typeof db;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** For scripts and tests: ends the connection pool or closes the embedded database folder. */
export const closeDb = async () => {
  await db.$disconnect();
  await connection.embedded?.close();
};
