// One page under load with autocannon, the same way for every benchmark: warmed up first, then measured, with
// latency percentiles taken from every response rather than autocannon's per-second samples.
import autocannon from "autocannon";

// Each page is loaded for this long before it is measured, so the first page after the server starts is not
// measured while its code is still being compiled by V8 (a third slower in trials).
const WARM_UP_SECONDS = 2;

/** `cpuMsPerRequest`: the server's CPU time per request served, when the caller can read it (`cpuSeconds`). */
export type LoadResult = {
  /** When the measured seconds began (`performance.now()`), after the warm-up. */
  measuredFrom: number;
  served: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  cpuMsPerRequest?: number;
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

const run = (url: string, cookie: string | undefined, connections: number, duration: number, latencies: number[]) =>
  new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, headers: cookie ? { cookie } : {} }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });

/** A page to load: its address, the session to send and how to read its server's CPU. */
export type Target = { url: string; cookie?: string; cpuSeconds?: () => number | undefined };

type Tally = { requests: number; seconds: number; errors: number; cpu: number; latencies: number[] };

const newTally = (): Tally => ({ requests: 0, seconds: 0, errors: 0, cpu: 0, latencies: [] });

const slice = async (target: Target, connections: number, seconds: number, tally: Tally) => {
  const cpuBefore = target.cpuSeconds?.() ?? 0;
  const result = await run(target.url, target.cookie, connections, seconds, tally.latencies);
  tally.cpu += (target.cpuSeconds?.() ?? 0) - cpuBefore;
  tally.requests += result.requests.total;
  tally.seconds += result.duration;
  tally.errors += result.non2xx + result.errors + result.timeouts;
};

const toResult = (tally: Tally, measuredFrom: number, withCpu: boolean): LoadResult => {
  const sorted = tally.latencies.sort((a, b) => a - b);
  return {
    measuredFrom,
    served: sorted.length,
    rps: tally.requests / tally.seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors: tally.errors,
    ...(withCpu && sorted.length > 0 && { cpuMsPerRequest: (tally.cpu * 1000) / sorted.length }),
  };
};

export const loadTest = async (
  url: string,
  {
    cookie,
    connections,
    duration,
    cpuSeconds,
  }: { cookie?: string; connections: number; duration: number; cpuSeconds?: () => number | undefined },
): Promise<LoadResult> => {
  await run(url, cookie, connections, WARM_UP_SECONDS, []);
  const tally = newTally();
  const measuredFrom = performance.now();
  await slice({ url, cookie, cpuSeconds }, connections, duration, tally);
  return toResult(tally, measuredFrom, cpuSeconds !== undefined);
};

/**
 * A page and Next.js's own page (scripts/lib/floor.ts) loaded in turn, in `slices` slices each of `duration` /
 * `slices` seconds, after a warm-up of each. This machine's speed moved by up to a third between runs minutes apart
 * (the floor read 175 to 629 requests a second in one afternoon); taken in turns, both see the same machine, so
 * their ratio holds where either alone does not.
 */
export const loadPaired = async (
  page: Target,
  floor: Target,
  { connections, duration, slices = 4 }: { connections: number; duration: number; slices?: number },
): Promise<[LoadResult, LoadResult]> => {
  await run(page.url, page.cookie, connections, WARM_UP_SECONDS, []);
  await run(floor.url, floor.cookie, connections, WARM_UP_SECONDS, []);
  const tallies = [newTally(), newTally()];
  const measuredFrom = performance.now();
  for (let index = 0; index < slices; index++) {
    await slice(page, connections, duration / slices, tallies[0]!);
    await slice(floor, connections, duration / slices, tallies[1]!);
  }
  return [
    toResult(tallies[0]!, measuredFrom, page.cpuSeconds !== undefined),
    toResult(tallies[1]!, measuredFrom, floor.cpuSeconds !== undefined),
  ];
};
