import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { groupCpuSeconds, parseStat } from "../../scripts/lib/process-cpu";

describe("parseStat", () => {
  it("reads the group and the user and system ticks after a command name holding spaces and parentheses", () => {
    const line = "4242 (next-server (v16.4.6)) S 4200 4200 4200 0 -1 4194304 124 0 0 0 1500 230 0 0 20 0 11 0";
    expect(parseStat(line)).toEqual({ group: 4200, ticks: 1730 });
  });
});

describe.runIf(existsSync("/proc/self/stat"))("groupCpuSeconds", () => {
  it("counts the CPU this process spends", () => {
    const { group } = parseStat(readFileSync("/proc/self/stat", "utf8"));
    const before = groupCpuSeconds(group) ?? 0;
    // Spin until this process alone has used 300 ms of CPU, however busy the machine is.
    const start = process.cpuUsage();
    while (process.cpuUsage(start).user < 300_000) Math.sqrt(Math.random());
    expect((groupCpuSeconds(group) ?? 0) - before).toBeGreaterThanOrEqual(0.25);
  });

  it("counts nothing for a group no process is in", () => {
    expect(groupCpuSeconds(2 ** 30)).toBe(0);
  });
});
