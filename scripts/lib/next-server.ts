// Starts the production server (`npm start`: scripts/start.mjs, `next start` with one worker per core on
// PostgreSQL) against the existing production build for a benchmark or the two-server check, and stops exactly the
// process group it started. It never builds: a missing build is an error to fix first.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { groupCpuSeconds } from "./process-cpu";

/** `cpuSeconds`: CPU used so far by the server and its workers (undefined without Linux's /proc). */
export type StartedServer = { url: string; stop: () => Promise<void>; cpuSeconds: () => number | undefined };

/** A port nobody is listening on now. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });

const waitForHealth = async (url: string, child: ChildProcess, timeoutMs = 120_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not become healthy in ${timeoutMs / 1000} s`);
};

/**
 * `dir`: another Next.js app to serve instead of Involve (the benchmark's one-page app). `nodeArgs`: flags for the
 * server's Node.js itself (`--cpu-prof` is refused in NODE_OPTIONS).
 */
type Options = { env?: Record<string, string>; onStderr?: (text: string) => void; dir?: string; nodeArgs?: string[] };

export const startNextServer = async (
  port: number,
  { env = {}, onStderr, dir = ".", nodeArgs = [] }: Options = {},
): Promise<StartedServer> => {
  if (!existsSync(`${dir}/.next/BUILD_ID`))
    throw new Error("No production build: run `npx next build` first (benchmarks never build).");
  const url = `http://127.0.0.1:${port}`;
  // Its own process group, so stopping it also stops the workers it forks, and nothing else.
  const child = spawn(
    process.execPath,
    [...nodeArgs, "scripts/start.mjs", dir, "-p", String(port), "-H", "127.0.0.1"],
    {
      detached: true,
      stdio: ["ignore", "ignore", onStderr ? "pipe" : "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", APP_URL: url, ...env },
    },
  );
  child.stderr?.setEncoding("utf8").on("data", (text: string) => onStderr?.(text));
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  };
  try {
    await waitForHealth(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  const { pid } = child;
  return { url, stop, cpuSeconds: () => (pid === undefined ? undefined : groupCpuSeconds(pid)) };
};
