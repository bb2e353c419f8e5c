import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The rule in docs/specs/architecture.md ("server-only"): a module is marked exactly when it calls Next's request or
// cache APIs itself. The mark travels with every import, so importers do not repeat it, and everything else stays
// importable by the worker, the seed and the scripts.
const root = fileURLToPath(new URL("../..", import.meta.url));
const SOURCE = /\.(ts|tsx|mjs)$/;
const NEXT_SERVER = /^import [^;]*?from "next\/(headers|cache|navigation)";/m;
const MARK = /^import "server-only";/m;

const sources = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(relative);
    return SOURCE.test(entry.name) && !entry.name.endsWith(".d.mts") ? [relative] : [];
  });

describe("the server-only rule", () => {
  const modules = ["lib", "components"]
    .flatMap(sources)
    .map((file) => ({ file, text: readFileSync(path.join(root, file), "utf8") }))
    // Client components use next/navigation's hooks, and "use server" files are server actions by definition.
    .filter(({ text }) => !/^\s*["']use (client|server)["']/.test(text));

  it("marks every module that calls Next's request or cache APIs, and no other", () => {
    const wrong = modules.filter(({ text }) => NEXT_SERVER.test(text) !== MARK.test(text)).map(({ file }) => file);
    expect(wrong).toEqual([]);
  });

  it("finds the modules it checks", () => {
    expect(modules.filter(({ text }) => MARK.test(text)).length).toBeGreaterThan(5);
  });
});
