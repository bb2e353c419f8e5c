import { freePort, startNextServer, type StartedServer } from "./lib/next-server";
import { runProbe } from "./lib/probe";

// npm run probe -- --base http://127.0.0.1:3000 [--fuzz 3200]: probes a running server with the demo data.
// npm run probe -- --start: starts the production build on a free port first (the demo data loaded in its database,
// as after the end-to-end tests in scripts/test-all.sh), and stops it afterwards.
const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};

let server: StartedServer | undefined;
if (process.argv.includes("--start")) server = await startNextServer(await freePort());
const base = (server?.url ?? argument("base", "http://127.0.0.1:3000")).replace(/\/$/, "");
const started = Date.now();
try {
  const report = await runProbe({
    base,
    fuzzCount: Number(argument("fuzz", "3200")),
    log: (line) => console.log(line),
  });
  for (const line of report.summary) console.log(line);
  console.log(`took ${Math.round((Date.now() - started) / 1000)} s`);
  const failed = report.serverErrors > 0 || report.failures.length > 0;
  console.log(failed ? "PROBE FAILED" : "PROBE PASSED");
  process.exitCode = failed ? 1 : 0;
} finally {
  await server?.stop();
}
