import { runProbe } from "./lib/probe";

// npm run probe -- --base http://127.0.0.1:3000 [--fuzz 3200]
const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};

const base = argument("base", "http://127.0.0.1:3000").replace(/\/$/, "");
const report = await runProbe({ base, fuzzCount: Number(argument("fuzz", "3200")), log: (line) => console.log(line) });
for (const line of report.summary) console.log(line);
const failed = report.serverErrors > 0 || report.failures.length > 0;
console.log(failed ? "PROBE FAILED" : "PROBE PASSED");
process.exit(failed ? 1 : 0);
