import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// `npm run dev` once preloaded a mistyped path and failed at start; no other test starts the dev server.
const { scripts } = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };

describe("package.json scripts", () => {
  it("preload only files that exist", () => {
    const preloaded = Object.values(scripts).flatMap((command) =>
      [...command.matchAll(/--import\s+(\S+?)['"\s]/g)].map((match) => match[1] ?? ""),
    );
    expect(preloaded.length).toBeGreaterThan(0);
    expect(preloaded.filter((path) => !existsSync(path))).toEqual([]);
  });

  it("run scripts that exist", () => {
    const scriptFiles = Object.values(scripts).flatMap((command) =>
      [...command.matchAll(/(?:tsx|node|bash|sh)\s+(scripts\/\S+|prisma\/\S+)/g)].map((match) => match[1] ?? ""),
    );
    expect(scriptFiles.length).toBeGreaterThan(5);
    expect(scriptFiles.filter((path) => !existsSync(path))).toEqual([]);
  });
});
