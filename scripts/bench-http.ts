// `npm run bench -- http [--scale] [--base URL] [--duration S] [--connections N]`
// Load-tests the production build over HTTP in one run: a static file, then the main pages of the public site and
// of each signed-in role (each warmed up for 2 s first), printing requests per second, latency percentiles, each
// page's ratio to the static file and the JavaScript each page ships. It builds nothing. Without --base it starts
// `next start` on a free port against the existing .next build and the configured database (DATABASE_URL, or
// PGLITE_DIR) and stops it after.
// --scale first adds a large landlord to that database (scripts/lib/seed-scale.ts; it adds nothing the second time).
// Next.js's own one-page app (scripts/lib/floor.ts) is loaded in turns with each page, and each page is shown as a
// ratio to it against issue 29's targets (--skip-floor leaves it out, for quick comparisons).
// --queries instead counts each page's database queries and times one request (after a warm-up), from
// the server's query log (DB_QUERY_LOG=1); it needs the server this script starts.
// --profile DIR instead loads each page on a server of its own started with V8's profiler, and shows where its CPU
// went per request (scripts/lib/cpu-profile.ts); the profiles stay in DIR, for Chrome's DevTools.
// It fails (exit 1) when a page does not answer 200 or ships more than 10 kB of its own JavaScript (beyond React's and
// Next.js's runtime and the root layout, which every page shares: issue 29's target); speed is reported,
// not asserted: the targets are in the README.
import { mkdirSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed-data";
import { cpuShares, PARTS, readProfiles } from "./lib/cpu-profile";
import { buildFloor, startFloor } from "./lib/floor";
import { loadPaired, loadTest, type LoadResult } from "./lib/load-test";
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
    profile: { type: "string" },
    "skip-floor": { type: "boolean", default: false },
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

type Row = LoadResult & { role: Role; path: string; js?: PageJavaScript; floor?: LoadResult };

/**
 * Issue 29's target for a page: cached public pages against the static file, signed-in pages against Next.js's own
 * page (tenants' at half its speed, the rest at a third). The sign-in form and the file itself have none.
 */
const targetOf = ({ role, path }: { role: Role; path: string }) => {
  if (path === STATIC_FILE || path === "/sign-in") return null;
  if (role === "public") return { against: "static file", share: 0.5 } as const;
  return { against: "Next.js's own page", share: role === "TENANT" ? 0.5 : 1 / 3 } as const;
};

const percent = (share: number) => `${Math.round(share * 100)}%`;

const verdict = (page: Row, staticRps: number) => {
  const target = targetOf(page);
  const against = target?.against === "static file" ? staticRps : page.floor?.rps;
  if (!target || !against) return "";
  const share = page.rps / against;
  const short = Math.ceil((target.share - share) * 100);
  return `${percent(target.share)} of ${target.against}: ${short <= 0 ? "met" : `${short} points short`}`;
};

const load = () => ({ connections: Number(args.connections), duration: Number(args.duration) });

const signInAll = async (base: string) => {
  const cookies = new Map<Role, string | undefined>([["public", undefined]]);
  for (const role of ["TENANT", "OFFICER", "BOARD", "ADMIN"] as const) {
    const user = DEMO_USERS.find((u) => u.role === role);
    if (user) cookies.set(role, await signInOverHttp(base, user.email, DEMO_PASSWORD));
  }
  return cookies;
};

const chosenPages = () => PAGES.filter((p) => !args.only || p.path.includes(args.only));

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
  for (const page of chosenPages().filter((p) => p.path !== STATIC_FILE)) {
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

/**
 * Each page on a fresh server whose processes run V8's profiler, loaded as in the table, and the samples from the
 * end of its warm-up on summed by part (the modules a page loads on its first request are not its steady cost). The profiler slows the server, so shares are shown, not milliseconds: the
 * table's CPU per request, measured without it, is what they divide.
 */
const profilePages = async (dir: string) => {
  const rows = [];
  // Signed in once: sessions outlive the server (the demo administrator's codes are good once per 30 s).
  let cookies: Map<Role, string | undefined> | undefined;
  for (const page of chosenPages().filter((p) => p.path !== STATIC_FILE)) {
    const pageDir = `${dir}/${page.path.replace(/\W+/g, "-").replace(/^-|-$/g, "") || "home"}`;
    rmSync(pageDir, { recursive: true, force: true });
    mkdirSync(pageDir, { recursive: true });
    const started = performance.now();
    const server = await startNextServer(await freePort(), { nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${pageDir}`] });
    let measured: LoadResult;
    try {
      cookies ??= await signInAll(server.url);
      measured = await loadTest(`${server.url}${page.path}`, { ...load(), cookie: cookies.get(page.role) });
    } finally {
      await server.stop();
    }
    const shares = cpuShares(readProfiles(pageDir), (measured.measuredFrom - started) * 1000);
    rows.push({ path: page.path, ...Object.fromEntries(PARTS.map((part) => [part, percent(shares[part])])) });
  }
  console.log(`\nShare of the server's CPU, by what the code belongs to (profiles in ${dir}):\n`);
  console.table(rows);
};

/**
 * The static file and the pages, each loaded in turns with Next.js's own page (loadPaired) so that the ratio to it is
 * taken on the same machine at the same minute.
 */
const measurePages = async (base: string, server: StartedServer | undefined) => {
  const cookies = await signInAll(base);
  const floorServer = args["skip-floor"] ? undefined : await startFloor();
  const rows: Row[] = [];
  let failed = false;
  try {
    for (const page of chosenPages()) {
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
      const target = { url: `${base}${page.path}`, cookie, cpuSeconds: server?.cpuSeconds };
      if (floorServer) {
        const [measured, floor] = await loadPaired(
          target,
          { url: `${floorServer.url}/`, cpuSeconds: floorServer.cpuSeconds },
          load(),
        );
        rows.push({ ...page, ...measured, js, floor });
      } else rows.push({ ...page, ...(await loadTest(target.url, { ...load(), ...target })), js });
    }
  } finally {
    await floorServer?.stop();
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
      "vs static": staticRps ? percent(r.rps / staticRps) : "",
      // Next.js's own page in the same turns: its requests a second, and this page's share of them.
      "Next.js's page req/s": r.floor ? Math.round(r.floor.rps) : "",
      "vs Next.js's page": r.floor ? percent(r.rps / r.floor.rps) : "",
      // The server's CPU per request, all workers; blank against --base, whose processes this script cannot see.
      "server CPU ms": r.cpuMsPerRequest?.toFixed(1) ?? "",
      "JS kB (gzip)": r.js ? kB(r.js.total) : "",
      "of it the page's own": r.js ? kB(r.js.total - shared) : "",
      target: verdict(r, staticRps),
      "not 2xx": r.errors,
    })),
  );
  const floorCpu = rows.flatMap((r) => (r.floor?.cpuMsPerRequest === undefined ? [] : [r.floor.cpuMsPerRequest]));
  if (floorCpu.length)
    console.log(
      `Next.js's own page (bench/next-floor), in turns with each page: ${Math.min(...floorCpu).toFixed(1)} to ${Math.max(...floorCpu).toFixed(1)} ms of server CPU a request.`,
    );
  console.log(
    `JavaScript every page downloads (the framework's browser runtime and the root layout): ${kB(shared)} kB`,
  );
  for (const r of rows) {
    if (r.js && r.js.total - shared > OWN_JS_LIMIT_BYTES) {
      console.error(`FAIL ${r.path} ships ${kB(r.js.total - shared)} kB of its own JavaScript, over the 10 kB limit`);
      failed = true;
    }
    if (r.errors + (r.floor?.errors ?? 0) > 0) {
      console.error(`FAIL ${r.path}: ${r.errors} responses were not 2xx (Next.js's own page: ${r.floor?.errors ?? 0})`);
      failed = true;
    }
  }
  if (failed) process.exitCode = 1;
};

const main = async () => {
  if (args.scale) {
    if (args.base && !process.env.DATABASE_URL)
      throw new Error("--scale with --base needs DATABASE_URL: the embedded database is held by that server.");
    await seedScale();
  }
  if ((args.queries || args.profile) && args.base)
    throw new Error("--queries and --profile read a server this script starts: leave out --base.");
  if (args.profile) return await profilePages(args.profile);
  const log = { lines: [] as string[] };
  const onStderr = (text: string) => log.lines.push(...text.split("\n").filter((line) => line.startsWith("db-query")));
  if (!args.queries && !args["skip-floor"]) buildFloor();
  let server: StartedServer | undefined;
  const base =
    args.base ??
    (server = await startNextServer(
      await freePort(),
      // One worker, so the warm-up request and the counted one reach the same cache.
      args.queries ? { env: { DB_QUERY_LOG: "1", WEB_CONCURRENCY: "1" }, onStderr } : {},
    )).url;
  try {
    if (args.queries) return await countQueries(base, await signInAll(base), log);
    await measurePages(base, server);
  } finally {
    await server?.stop();
  }
};

await main();
