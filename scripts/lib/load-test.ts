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

export const loadTest = async (
  url: string,
  {
    cookie,
    connections,
    duration,
    cpuSeconds,
    warmUp = WARM_UP_SECONDS,
  }: {
    cookie?: string;
    connections: number;
    duration: number;
    cpuSeconds?: () => number | undefined;
    warmUp?: number;
  },
): Promise<LoadResult> => {
  await run(url, cookie, connections, warmUp, []);
  const latencies: number[] = [];
  const measuredFrom = performance.now();
  const cpuBefore = cpuSeconds?.();
  const result = await run(url, cookie, connections, duration, latencies);
  const cpuAfter = cpuSeconds?.();
  latencies.sort((a, b) => a - b);
  const served = latencies.length;
  return {
    measuredFrom,
    served,
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.non2xx + result.errors + result.timeouts,
    ...(cpuBefore !== undefined &&
      cpuAfter !== undefined &&
      served > 0 && { cpuMsPerRequest: ((cpuAfter - cpuBefore) * 1000) / served }),
  };
};
