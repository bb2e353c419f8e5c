// `npm run bench -- floor [--duration S] [--connections N]`: what Next.js itself costs on this machine, to read
// `npm run bench -- http` against. Builds bench/next-floor (a root layout and one page rendered per request that reads
// nothing: no database, no session, no proxy) and load-tests it exactly as the http benchmark loads Involve's pages
// (`npm start`'s workers, 50 connections, 8 s after 2 s of warm-up). No page of Involve can be faster than this.
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { loadTest } from "./lib/load-test";
import { freePort, startNextServer } from "./lib/next-server";

const APP = "bench/next-floor";

const { values: args } = parseArgs({
  options: { duration: { type: "string", default: "8" }, connections: { type: "string", default: "50" } },
});

const build = spawnSync(process.execPath, ["../../node_modules/next/dist/bin/next", "build"], {
  cwd: APP,
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
if (build.status !== 0) throw new Error(`building ${APP} failed`);

const server = await startNextServer(await freePort(), { dir: APP });
try {
  const result = await loadTest(`${server.url}/`, {
    connections: Number(args.connections),
    duration: Number(args.duration),
    cpuSeconds: server.cpuSeconds,
  });
  console.log(
    `\n${args.connections} connections, ${args.duration} s: Next.js's own page rendered per request (${APP})`,
  );
  console.table([
    {
      "req/s": Math.round(result.rps),
      "p50 ms": Math.round(result.p50),
      "p95 ms": Math.round(result.p95),
      "p99 ms": Math.round(result.p99),
      "server CPU ms": result.cpuMsPerRequest?.toFixed(1) ?? "",
      "not 2xx": result.errors,
    },
  ]);
  if (result.errors > 0) process.exitCode = 1;
} finally {
  await server.stop();
}
