// Adds up every runner's results into the one closing line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from "node:fs";

type Counts = { passed: number; failed: number };

const read = (path: string) => (existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined);

const vitest = (path: string): Counts => {
  const report = read(path);
  return report ? { passed: report.numPassedTests, failed: report.numFailedTests } : { passed: 0, failed: 1 };
};

const playwright = (path: string): Counts => {
  const report = read(path);
  return report
    ? { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected }
    : { passed: 0, failed: 1 };
};

// Arguments: step=ok|failed for whole-command steps, vitest:<file> and playwright:<file> for runners.
const counts = process.argv.slice(2).map((arg): Counts => {
  const [kind, value = ""] = arg.split(/[:=](.*)/s);
  if (kind === "vitest") return vitest(value);
  if (kind === "playwright") return playwright(value);
  return value === "ok" ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
});

const total = counts.reduce((sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed }), {
  passed: 0,
  failed: 0,
});
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
