// Types for scripts/lib/workers.mjs, which `npm start` runs without compiling.
type Env = Record<string, string | undefined>;

export function workerCount(env: Env, cores: number): number;
export function poolPerWorker(env: Env, workers: number): string;
