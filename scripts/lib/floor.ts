// Next.js's own cost on this machine: bench/next-floor is a root layout and one page rendered per request that reads
// nothing (no database, no session, no proxy), served by `npm start`'s workers. No page of Involve can be faster, so
// issue 29 sets its targets as ratios to it; `bench -- floor` loads it alone and `bench -- http` in turn with each
// page (scripts/lib/load-test.ts, loadPaired).
import { spawnSync } from "node:child_process";
import { loadTest } from "./load-test";
import { freePort, startNextServer } from "./next-server";

export const FLOOR_APP = "bench/next-floor";

/** Builds the one-page app (it is small: seconds). */
export const buildFloor = () => {
  const build = spawnSync(process.execPath, ["../../node_modules/next/dist/bin/next", "build"], {
    cwd: FLOOR_APP,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error(`building ${FLOOR_APP} failed`);
};

/** Starts the built one-page app's server (`npm start`'s workers), to load beside Involve's. */
export const startFloor = () => freePort().then((port) => startNextServer(port, { dir: FLOOR_APP }));

/** Starts the built one-page app, loads its page as the pages of Involve are loaded, and stops it. */
export const measureFloor = async (load: { connections: number; duration: number }) => {
  const server = await startFloor();
  try {
    return await loadTest(`${server.url}/`, { ...load, cpuSeconds: server.cpuSeconds });
  } finally {
    await server.stop();
  }
};
