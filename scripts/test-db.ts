// Recreates an empty database on the PostgreSQL server named by TEST_POSTGRES_URL and prints its URL.
import pg from "pg";

const main = async () => {
  const server = process.env.TEST_POSTGRES_URL;
  const name = process.argv[2];
  if (!server || !name || !/^[a-z][a-z0-9_]*$/.test(name)) {
    console.error("Usage: TEST_POSTGRES_URL=postgresql://... tsx scripts/test-db.ts <database_name>");
    process.exit(2);
  }
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  console.log(url.toString());
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
