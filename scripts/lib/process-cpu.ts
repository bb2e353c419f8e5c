// CPU time a process group has used, read from Linux's /proc: the benchmarks divide it by the requests served, a
// steadier measure of a page's cost than requests per second, which move with whatever else the machine is doing.
// The server the benchmarks start is its own process group (scripts/lib/next-server.ts), workers included.
import { readdirSync, readFileSync } from "node:fs";

// Linux reports CPU time in clock ticks of 1/100 s on every architecture Node runs on (USER_HZ).
const TICKS_PER_SECOND = 100;

/** The process group and CPU ticks (user and system) in one /proc/<pid>/stat line. */
export const parseStat = (line: string) => {
  // The command name is in parentheses and may hold spaces and parentheses itself: the fields follow the last ")".
  const fields = line.slice(line.lastIndexOf(")") + 2).split(" ");
  return { group: Number(fields[2]), ticks: Number(fields[11]) + Number(fields[12]) };
};

/** Seconds of CPU used so far by the living processes of a group, or undefined where there is no /proc. */
export const groupCpuSeconds = (group: number): number | undefined => {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = parseStat(readFileSync(`/proc/${pid}/stat`, "utf8"));
      if (stat.group === group) ticks += stat.ticks;
    } catch {
      // the process ended while being read
    }
  }
  return ticks / TICKS_PER_SECOND;
};
