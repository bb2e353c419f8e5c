import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixture = (name: string) => `tests/fixtures/measures/${name}`;

/** Runs the real command as a user would, in a child process. */
const measures = (...args: string[]) => {
  const { status, stdout, stderr } = spawnSync("node_modules/.bin/tsx", ["scripts/measures.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status, stdout, stderr };
};

const succeeded = (result: ReturnType<typeof measures>) => {
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as Record<string, unknown>;
};

/** A refusal exits 2 and prints nothing on stdout: a half-computed figure is worse than none. */
const refused = (result: ReturnType<typeof measures>) => {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  return result.stderr;
};

const stderrLines = (result: ReturnType<typeof measures>) => refused(result).trim().split("\n");

describe("the measures command", { timeout: 60_000 }, () => {
  it("tsm prints the perception measures of a file as one JSON document", () => {
    const output = succeeded(measures("tsm", "--input", fixture("tsm-responses.csv")));
    expect(output.respondents).toEqual({ all: 3, LCRA: 2, LCHO: 1 });
    expect(output.measures).toMatchObject({
      TP01: {
        all: { positive: 2, base: 3, percent: 66.7 },
        LCRA: { positive: 1, base: 2, percent: 50 },
        LCHO: { positive: 1, base: 1, percent: 100 },
      },
      TP02: { all: { positive: 1, base: 1, percent: 100 } },
      TP03: { all: { positive: 0, base: 1, percent: 0 } },
      TP08: { all: { positive: 1, base: 2, percent: 50 }, LCHO: { positive: 0, base: 1, percent: 0 } },
      TP11: { all: { positive: 1, base: 1, percent: 100 }, LCRA: { positive: 0, base: 0, percent: null } },
      TP12: { all: { positive: 1, base: 1, percent: 100 } },
    });
    expect(output.ignored).toEqual({ TP02: 1, TP03: 0, TP09: 0, TP10: 1 });
  });

  it("tsm refuses a bad file: every problem on stderr, nothing on stdout, exit 2", () => {
    expect(stderrLines(measures("tsm", "--input", fixture("tsm-bad.csv")))).toEqual([
      "line 3: column tenure: must be one of: LCRA, LCHO",
      "line 4: column respondent_ref: respondent R1 is also on line 2",
      'line 4: column TP01: "Quite happy" is not one of: very satisfied, fairly satisfied, neither satisfied nor dissatisfied, fairly dissatisfied, very dissatisfied',
    ]);
  });

  it("lists at most 100 problems", () => {
    const file = join(mkdtempSync(join(tmpdir(), "measures-")), "many.csv");
    writeFileSync(
      file,
      ["respondent_ref,tenure", ...Array.from({ length: 150 }, (_, i) => `R${i},council`)].join("\n"),
    );
    const lines = stderrLines(measures("tsm", "--input", file));
    expect(lines).toHaveLength(100);
    expect(lines[0]).toBe("line 2: column tenure: must be one of: LCRA, LCHO");
    expect(lines[99]).toBe("line 101: column tenure: must be one of: LCRA, LCHO");
  });

  it("complaints, sample-size and working-days print their figures", () => {
    const complaints = succeeded(
      measures(
        "complaints",
        "--input",
        fixture("complaints.csv"),
        "--regime",
        "scotland",
        "--from",
        "2025-12-01",
        "--to",
        "2025-12-31",
        "--homes",
        "1000",
      ),
    );
    expect(complaints).toEqual({
      regime: "scotland",
      from: "2025-12-01",
      to: "2025-12-31",
      stage1: {
        received: 2,
        responded: 0,
        respondedWithinTimescale: 0,
        percentWithinTimescale: null,
        percentResponded: 0,
        averageWorkingDays: null,
        perThousandHomes: 2,
      },
      stage2: {
        received: 0,
        responded: 0,
        respondedWithinTimescale: 0,
        percentWithinTimescale: null,
        percentResponded: null,
        averageWorkingDays: null,
        perThousandHomes: 0,
      },
    });
    expect(succeeded(measures("sample-size", "--population", "4323", "--margin", "4"))).toEqual({
      population: 4323,
      margin: 4,
      required: 528,
    });
    expect(
      succeeded(measures("working-days", "--regime", "scotland", "--from", "2025-12-19", "--to", "2026-01-06")),
    ).toEqual({
      regime: "scotland",
      from: "2025-12-19",
      to: "2026-01-06",
      workingDays: 8,
    });
  });

  it("complaints refuses a bad file with each line's problems", () => {
    const result = measures(
      "complaints",
      "--input",
      fixture("complaints-bad.csv"),
      "--regime",
      "england",
      "--from",
      "2025-04-01",
      "--to",
      "2026-03-31",
    );
    expect(stderrLines(result)).toEqual([
      "line 2: column acknowledged_on: 2025-12-18 is before received_on 2025-12-19",
      "line 3: column received_on: must be a real date written YYYY-MM-DD",
      "line 3: column extension_working_days: must be a whole number of working days, 0 or more",
    ]);
  });

  it.each([
    [["bogus"], /unknown command: bogus/],
    [["tsm"], /--input is required/],
    [["sample-size", "--population", "lots", "--margin", "4"], /--population must be a whole number above 0/],
    [
      ["working-days", "--regime", "wales", "--from", "2025-12-19", "--to", "2025-02-30"],
      /--regime must be one of: england, scotland\n.*--to must be a real date/,
    ],
    [["tsm", "--input", fixture("missing.csv")], /cannot read tests\/fixtures\/measures\/missing.csv/],
  ])("refuses bad arguments %j with exit 2 and nothing on stdout", (args, message) => {
    expect(refused(measures(...args))).toMatch(message);
  });
});
