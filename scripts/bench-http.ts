// `npm run bench -- http [--scale] [--base URL] [--duration S] [--connections N]`
// Load-tests the production build over HTTP in one run: a static file, then the main pages of the public site and
// of each signed-in role (each warmed up for 2 s first), printing requests per second, latency percentiles, each
// page's ratio to the static file and the JavaScript each page ships. It builds nothing. Without --base it starts
// `next start` on a free port against the existing .next build and the configured database (DATABASE_URL, or
// PGLITE_DIR) and stops it after.
// --scale first adds a large landlord to that database (scripts/lib/seed-scale.ts; it adds nothing the second time).
// --queries instead counts each page's database queries and times one request (after a warm-up), from
// the server's query log (DB_QUERY_LOG=1); it needs the server this script starts.
// It fails (exit 1) when a page does not answer 200 or ships more than 10 kB of its own JavaScript (beyond React's and
// Next.js's runtime and the root layout, which every page shares: issue 29's target); speed is reported,
// not asserted: the targets are in the README.
import { parseArgs } from "node:util";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed-data";
import { loadTest, type LoadResult } from "./lib/load-test";
import { freePort, startNextServer, type StartedServer } from "./lib/next-server";
import { pageJavaScript, sharedChunkBytes, type PageJavaScript } from "./lib/page-javascript";
import { signInOverHttp } from "./lib/sign-in-over-http";

const OWN_JS_LIMIT_BYTES = 10 * 1024;
const STATIC_FILE = "/samples/customers.csv";

const { values: args } = parseArgs({
  options: {
    base: { type: "string" },
    scale: { type: "boolean", default: false },
    duration: { type: "string", default: "8" },
    connections: { type: "string", default: "50" },
    only: { type: "string" },
    queries: { type: "boolean", default: false },
  },
});

type Role = "public" | "TENANT" | "OFFICER" | "BOARD" | "ADMIN";
const PAGES: { role: Role; path: string }[] = [
  { role: "public", path: STATIC_FILE },
  { role: "public", path: "/" },
  { role: "public", path: "/consultations" },
  { role: "public", path: "/you-said-we-did" },
  { role: "public", path: "/strategy" },
  { role: "public", path: "/survey-results" },
  { role: "public", path: "/events" },
  // Page 2 of the calendar, as its "Later events" link gives it (the filter form's /events/find?... is rewritten here).
  { role: "public", path: "/events/find/all/all/2" },
  // A page rendered per request that reads no one's data (the sign-in form): Involve's layout, proxy and landlord
  // on top of Next.js's own cost (`npm run bench -- floor`).
  { role: "public", path: "/sign-in" },
  { role: "TENANT", path: "/tenant" },
  { role: "TENANT", path: "/tenant/consultations" },
  { role: "TENANT", path: "/tenant/events" },
  { role: "OFFICER", path: "/staff" },
  { role: "OFFICER", path: "/staff/customers" },
  { role: "OFFICER", path: "/staff/consultations" },
  { role: "OFFICER", path: "/staff/events" },
  { role: "BOARD", path: "/board" },
  { role: "BOARD", path: "/board/trends" },
  { role: "BOARD", path: "/board/measures" },
  { role: "ADMIN", path: "/admin/audit" },
];

type Row = LoadResult & { role: Role; path: string; js?: PageJavaScript };

const seedScale = async () => {
  const { db, closeDb } = await import("../lib/db");
  const { seedScale: seed } = await import("./lib/seed-scale");
  console.log("Seeding the large landlord (--scale):");
  try {
    await seed(db);
  } finally {
    await closeDb();
  }
};

/** Query count of one request per page, read from the server's query log, and that request's time. */
const countQueries = async (base: string, cookies: Map<Role, string | undefined>, log: { lines: string[] }) => {
  const rows = [];
  for (const page of PAGES.filter((p) => p.path !== STATIC_FILE && (!args.only || p.path.includes(args.only)))) {
    const cookie = cookies.get(page.role);
    const get = () =>
      fetch(`${base}${page.path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" }).then((r) => r.text());
    await get();
    await new Promise((resolve) => setTimeout(resolve, 200));
    log.lines = [];
    const started = performance.now();
    await get();
    const ms = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 200));
    rows.push({ role: page.role, path: page.path, queries: log.lines.length, "response ms": Math.round(ms) });
  }
  console.table(rows);
};

const main = async () => {
  if (args.scale) {
    if (args.base && !process.env.DATABASE_URL)
      throw new Error("--scale with --base needs DATABASE_URL: the embedded database is held by that server.");
    await seedScale();
  }
  if (args.queries && args.base)
    throw new Error("--queries reads the query log of a server this script starts: leave out --base.");
  const log = { lines: [] as string[] };
  const onStderr = (text: string) => log.lines.push(...text.split("\n").filter((line) => line.startsWith("db-query")));
  let server: StartedServer | undefined;
  const base =
    args.base ??
    (server = await startNextServer(
      await freePort(),
      // One worker, so the warm-up request and the counted one reach the same cache.
      args.queries ? { env: { DB_QUERY_LOG: "1", WEB_CONCURRENCY: "1" }, onStderr } : {},
    )).url;
  try {
    const cookies = new Map<Role, string | undefined>([["public", undefined]]);
    for (const role of ["TENANT", "OFFICER", "BOARD", "ADMIN"] as const) {
      const user = DEMO_USERS.find((u) => u.role === role);
      if (user) cookies.set(role, await signInOverHttp(base, user.email, DEMO_PASSWORD));
    }
    if (args.queries) return await countQueries(base, cookies, log);
    const rows: Row[] = [];
    let failed = false;
    for (const page of PAGES.filter((p) => !args.only || p.path.includes(args.only))) {
      const cookie = cookies.get(page.role);
      const check = await fetch(`${base}${page.path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
      const body = await check.text();
      if (check.status !== 200) {
        console.error(`FAIL ${page.path} as ${page.role}: HTTP ${check.status} ${check.headers.get("location") ?? ""}`);
        failed = true;
        continue;
      }
      const js = check.headers.get("content-type")?.includes("text/html")
        ? await pageJavaScript(base, body)
        : undefined;
      const measured = await loadTest(`${base}${page.path}`, {
        cookie,
        connections: Number(args.connections),
        duration: Number(args.duration),
        cpuSeconds: server?.cpuSeconds,
      });
      rows.push({ ...page, ...measured, js });
    }
    const staticRps = rows.find((r) => r.path === STATIC_FILE)?.rps ?? 0;
    const shared = sharedChunkBytes(rows.flatMap((r) => (r.js ? [r.js] : [])));
    const kB = (bytes: number) => (bytes / 1024).toFixed(1);
    console.log(
      `\n${args.connections} connections, ${args.duration} s per URL, ${base}${args.scale ? ", --scale data" : ""}\n`,
    );
    console.table(
      rows.map((r) => ({
        role: r.role,
        path: r.path,
        "req/s": Math.round(r.rps),
        "p50 ms": Math.round(r.p50),
        "p95 ms": Math.round(r.p95),
        "p99 ms": Math.round(r.p99),
        "vs static": staticRps ? `${((r.rps / staticRps) * 100).toFixed(0)}%` : "",
        // The server's CPU per request, all workers; blank against --base, whose processes this script cannot see.
        "server CPU ms": r.cpuMsPerRequest?.toFixed(1) ?? "",
        "JS kB (gzip)": r.js ? kB(r.js.total) : "",
        "of it the page's own": r.js ? kB(r.js.total - shared) : "",
        "not 2xx": r.errors,
      })),
    );
    console.log(
      `JavaScript every page downloads (the framework's browser runtime and the root layout): ${kB(shared)} kB`,
    );
    for (const r of rows) {
      if (r.js && r.js.total - shared > OWN_JS_LIMIT_BYTES) {
        console.error(`FAIL ${r.path} ships ${kB(r.js.total - shared)} kB of its own JavaScript, over the 10 kB limit`);
        failed = true;
      }
      if (r.errors > 0) {
        console.error(`FAIL ${r.path}: ${r.errors} responses were not 2xx`);
        failed = true;
      }
    }
    if (failed) process.exitCode = 1;
  } finally {
    await server?.stop();
  }
};

await main();
