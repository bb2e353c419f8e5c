// Where the server's CPU went while one page was loaded (`npm run bench -- http --profile`): the V8 profiles its
// processes wrote (`node --cpu-prof`), from the end of the page's warm-up, summed by what the code belongs to. Bundled
// code is traced back to its source through the build's source maps, so Involve's own code is told apart from the
// libraries bundled with it; Next.js's page runtime (which holds React's server renderers) ships without a map.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { FlattenMap, originalPositionFor, type TraceMap } from "@jridgewell/trace-mapping";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame };
/** The parts of a `.cpuprofile` file this reads (times in microseconds). */
export type CpuProfile = {
  nodes: ProfileNode[];
  endTime: number;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
};

export const PARTS = [
  "rendering (React, Next.js page runtime)",
  "garbage collection",
  "database client (Prisma, pg)",
  "sessions (next-auth, jose)",
  "Next.js server (routing, proxy, caches)",
  "Involve's code",
  "other libraries",
  "Node.js (network, streams, buffers)",
] as const;
export type Part = (typeof PARTS)[number];

/**
 * The part a piece of code belongs to, from its source path (or V8's name for work that is not code). Libraries
 * bundled into the build keep their own sources' paths (`webpack://next/src/...`, Prisma's `../src/runtime/...`), so
 * those are recognised by their names too.
 */
export const partOf = (source: string): Part | null => {
  if (source === "(idle)") return null;
  if (source === "(garbage collector)") return "garbage collection";
  if (/next-server\/app-page|react-dom|react-server-dom|node_modules\/react\//.test(source))
    return "rendering (React, Next.js page runtime)";
  if (
    /@prisma|node_modules\/pg(-[a-z]+)?\/|^wasm:|client-engine-runtime|runtime\/core\/|param-graph|adapter-pg/.test(
      source,
    )
  )
    return "database client (Prisma, pg)";
  if (/next-auth|@auth\/|node_modules\/jose|@panva/.test(source)) return "sessions (next-auth, jose)";
  if (
    /node_modules\/next\/|^webpack:\/\/next\/|^turbopack:\/\/\/\[turbopack\]|(^|\/)src\/(server|shared|client)\//.test(
      source,
    )
  )
    return "Next.js server (routing, proxy, caches)";
  if (/node_modules\//.test(source)) return "other libraries";
  if (/(^|\/)(app|lib|components)\/|proxy\.ts|instrumentation\.ts/.test(source)) return "Involve's code";
  return "Node.js (network, streams, buffers)";
};

const maps = new Map<string, TraceMap | null>();
const mapFor = (file: string) => {
  if (!maps.has(file))
    maps.set(file, existsSync(`${file}.map`) ? new FlattenMap(readFileSync(`${file}.map`, "utf8")) : null);
  return maps.get(file) ?? null;
};

/** The source a frame's code came from: through the chunk's source map when it has one. */
const sourceOf = ({ url, functionName, lineNumber, columnNumber }: CallFrame) => {
  if (!url) return functionName;
  if (!url.startsWith("file://")) return url;
  const file = fileURLToPath(url);
  // A library's own file says whose it is; only the build's bundles are traced back to their sources.
  if (!file.includes("/.next/")) return file;
  const map = mapFor(file);
  const original = map && originalPositionFor(map, { line: lineNumber + 1, column: Math.max(columnNumber, 0) });
  return original?.source ?? file;
};

/**
 * Each part's share of the CPU the server's processes used from `fromStart` microseconds after they started (the end
 * of the page's warm-up) to their end: its measured seconds and the requests still being answered when the load
 * stopped. Idle time is left out.
 */
export const cpuShares = (profiles: CpuProfile[], fromStart: number) => {
  const totals = new Map<Part, number>(PARTS.map((part) => [part, 0]));
  for (const profile of profiles) {
    const parts = new Map(profile.nodes.map((node) => [node.id, partOf(sourceOf(node.callFrame))]));
    let at = profile.startTime;
    profile.samples.forEach((id, index) => {
      const delta = profile.timeDeltas[index] ?? 0;
      at += delta;
      const part = parts.get(id);
      if (part && at - profile.startTime >= fromStart) totals.set(part, (totals.get(part) ?? 0) + delta);
    });
  }
  const busy = [...totals.values()].reduce((sum, time) => sum + time, 0) || 1;
  return Object.fromEntries(PARTS.map((part) => [part, (totals.get(part) ?? 0) / busy])) as Record<Part, number>;
};

/** Every profile the server's processes wrote into `dir`. */
export const readProfiles = (dir: string): CpuProfile[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".cpuprofile"))
    .map((name) => JSON.parse(readFileSync(`${dir}/${name}`, "utf8")) as CpuProfile);
