// On a PostgreSQL server each Vitest worker gets its own database, copied from the migrated one named by
// DATABASE_URL, so test files run in parallel without truncating each other's tables.
import pg from "pg";

const WORKER_SUFFIX = "_w";

const urlFor = (url: string, database: string) => {
  const copy = new URL(url);
  copy.pathname = `/${database}`;
  return copy.toString();
};

const databaseOf = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

// CREATE and DROP DATABASE cannot run inside the database they copy or drop: use the server's own one.
const withServer = async <T>(url: string, run: (client: pg.Client) => Promise<T>) => {
  const client = new pg.Client({ connectionString: urlFor(url, "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The URL of this worker's database, created from the migrated template on the worker's first file. */
export const workerDatabaseUrl = async (templateUrl: string, poolId: string) => {
  const template = databaseOf(templateUrl);
  const name = `${template}${WORKER_SUFFIX}${poolId}`;
  await withServer(templateUrl, async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${quoted(name)} TEMPLATE ${quoted(template)}`);
  });
  return urlFor(templateUrl, name);
};

/** Drops every worker copy of the template, so the next run copies the freshly migrated schema. */
export const dropWorkerDatabases = (templateUrl: string) =>
  withServer(templateUrl, async (client) => {
    const template = databaseOf(templateUrl);
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [`${template}${WORKER_SUFFIX}`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${quoted(datname)} WITH (FORCE)`);
  });
