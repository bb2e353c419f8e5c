// `npm run bench`: runs every benchmark script (scripts/bench-*.ts) one after another, each in its own process so
// each starts with a fresh database and heap. Benchmarks print figures; they assert nothing about speed.
// `npm run bench -- http --scale` runs the matching scripts and passes them the options after the name.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const dir = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv[2];
const scripts = readdirSync(dir)
  .filter((name) => /^bench-.+\.ts$/.test(name) && (!only || name.includes(only)))
  .sort();

let failed = 0;
for (const script of scripts) {
  console.log(`::: ${script}`);
  const run = spawnSync(path.join("node_modules", ".bin", "tsx"), [path.join(dir, script), ...process.argv.slice(3)], {
    stdio: "inherit",
  });
  if (run.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
