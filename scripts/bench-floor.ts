// `npm run bench -- floor [--duration S] [--connections N]`: what Next.js itself costs on this machine
// (scripts/lib/floor.ts), measured alone; `npm run bench -- http` measures it again beside Involve's pages.
import { parseArgs } from "node:util";
import { buildFloor, FLOOR_APP, measureFloor } from "./lib/floor";

const { values: args } = parseArgs({
  options: { duration: { type: "string", default: "8" }, connections: { type: "string", default: "50" } },
});

buildFloor();
const result = await measureFloor({ connections: Number(args.connections), duration: Number(args.duration) });
console.log(
  `\n${args.connections} connections, ${args.duration} s: Next.js's own page rendered per request (${FLOOR_APP})`,
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
