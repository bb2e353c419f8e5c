// Does reading a big upload stall other users? `npm run bench -- upload`. Reads a 5 MB complaints file while a
// health-like HTTP endpoint is called every 20 ms, and prints the longest event-loop stall (perf_hooks
// monitorEventLoopDelay) and the slowest health answer: first for the old reading (the whole file parsed and
// checked in one synchronous go, reproduced here), then for the upload pipeline's reader, which hands the event
// loop back between slices. A benchmark, not a test: it prints figures and asserts nothing about speed.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { parse } from "csv-parse/sync";
import { holidayCalendar } from "../lib/measures/bank-holidays";
import { complaintFigures, uncoveredDates } from "../lib/measures/complaints";
import { parseComplaintsCsv } from "../lib/measures/parse-complaints-csv";
import { complaintRowSchema } from "../lib/measures/schemas";

const TARGET_BYTES = 5 * 1024 * 1024;

const complaintsFile = () => {
  const lines = ["complaint_ref,stage,received_on,acknowledged_on,responded_on,extension_working_days"];
  let bytes = lines[0]!.length;
  for (let i = 0; bytes < TARGET_BYTES; i += 1) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const line = `C-${String(i).padStart(7, "0")},1,2025-05-${day},2025-05-${day},2025-06-${day},${i % 3 === 0 ? 2 : ""}`;
    lines.push(line);
    bytes += line.length + 1;
  }
  return lines.join("\n");
};

const period = {
  regime: "england",
  from: "2025-04-01",
  to: "2026-03-31",
  calendar: holidayCalendar("england"),
} as const;

/** The reading before the pipeline: one synchronous parse and check of every line, as a single request did. */
const readInOneGo = async (text: string) => {
  const [header, ...rows] = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  let good = 0;
  for (const row of rows)
    if (
      complaintRowSchema.safeParse(Object.fromEntries(header!.map((name, index) => [name, row[index] ?? ""]))).success
    )
      good += 1;
  return good;
};

/** The upload pipeline's reading, then the figures, as the complaints page does. */
const readByPipeline = async (text: string) => {
  const parsed = await parseComplaintsCsv(text);
  if (!parsed.ok) throw new Error(`the generated file has problems: ${parsed.problems[0]?.message}`);
  if (uncoveredDates(parsed.value, period).length > 0) throw new Error("the generated file has uncovered dates");
  return complaintFigures(parsed.value, period).stage1.received;
};

const health = createServer((_request, response) => response.end('{"status":"ok"}'));

/**
 * Another user: a worker thread, so its own timers are not held up by the main thread, calls the health endpoint
 * every 20 ms and reports how long each answer took.
 */
const CALLER = `
const { parentPort, workerData } = require("node:worker_threads");
const http = require("node:http");
const times = [];
const call = () => {
  const started = performance.now();
  http.get({ port: workerData.port, path: "/api/health", agent: false }, (response) => {
    response.resume();
    response.on("end", () => times.push(performance.now() - started));
  }).on("error", () => times.push(Infinity));
};
const timer = setInterval(call, 20);
parentPort.on("message", () => {
  clearInterval(timer);
  setTimeout(() => parentPort.postMessage(times), 200);
});
`;

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

/** Reads the file while the other user calls; returns the worst stall and the slowest answer. */
const measure = async (label: string, read: (text: string) => Promise<number>, text: string, port: number) => {
  const caller = new Worker(CALLER, { eval: true, workerData: { port } });
  const delay = monitorEventLoopDelay({ resolution: 5 });
  // Enabled before the read: the monitor measures the gap between its own timer's turns, from its second turn on.
  delay.enable();
  await settle();
  const started = performance.now();
  const result = await read(text);
  const seconds = (performance.now() - started) / 1000;
  // The stall of a synchronous read is recorded on the turn after it, so the monitor stays on a little longer.
  await settle();
  delay.disable();
  const times = await new Promise<number[]>((resolve) => {
    caller.once("message", resolve);
    caller.postMessage("stop");
  });
  await caller.terminate();
  console.log(
    `${label}: read in ${seconds.toFixed(2)} s (${result.toLocaleString("en-GB")} complaints); ` +
      `max event-loop stall ${(delay.max / 1e6).toFixed(0)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms; ` +
      `${times.length} health calls, slowest ${Math.max(...times).toFixed(0)} ms`,
  );
};

const main = async () => {
  const text = complaintsFile();
  console.log(
    `Complaints file: ${(text.length / 1024 / 1024).toFixed(1)} MB, ${text.split("\n").length.toLocaleString("en-GB")} lines`,
  );
  await new Promise<void>((resolve) => health.listen(0, "127.0.0.1", resolve));
  const { port } = health.address() as AddressInfo;
  try {
    await measure("Before (one synchronous read)", readInOneGo, text, port);
    await measure("After (upload pipeline)     ", readByPipeline, text, port);
  } finally {
    health.close();
  }
};

await main();
