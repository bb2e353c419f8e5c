// The regulatory figures from files, so that a number on a board report can be reproduced: see README.md.
// Prints one JSON document and exits 0, or prints every problem and exits 2 with nothing on stdout.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { z } from "zod";
import { coverageMessage, holidayCalendar, isCovered } from "../lib/measures/bank-holidays";
import { complaintFigures, uncoveredDates } from "../lib/measures/complaints";
import { parseComplaintsCsv } from "../lib/measures/parse-complaints-csv";
import { parseSurveyCsv } from "../lib/measures/parse-survey-csv";
import { TSM_MEASURES, tallyMeasures } from "../lib/measures/perception";
import { formatProblem, type Problem } from "../lib/uploads/problems";
import { requiredSampleSize } from "../lib/measures/sample-size";
import { commandSchemas, type Command } from "../lib/measures/schemas";
import { workingDays } from "../lib/measures/working-days";

const USAGE = `usage: npm run -s measures -- <command> [options]
  tsm --input responses.csv
  complaints --input complaints.csv --regime england|scotland --from YYYY-MM-DD --to YYYY-MM-DD [--homes N]
  sample-size --population N --margin E
  working-days --regime england|scotland --from YYYY-MM-DD --to YYYY-MM-DD`;

const MAX_PROBLEMS = 100;

/** Refuses the run: a half-computed figure is worse than none. */
class Refusal extends Error {
  constructor(lines: string[]) {
    super(lines.join("\n"));
  }
}

const refuseProblems = (problems: Problem[]) => new Refusal(problems.slice(0, MAX_PROBLEMS).map(formatProblem));

const OPTIONS = ["input", "regime", "from", "to", "homes", "population", "margin"] as const;

const readOptions = <S extends z.ZodObject>(command: Command, schema: S, args: string[]): z.output<S> => {
  const { values } = parseArgs({
    args,
    strict: true,
    options: Object.fromEntries(OPTIONS.map((name) => [name, { type: "string" }])),
  });
  const allowed = Object.keys(schema.shape);
  const unexpected = Object.keys(values).filter((name) => !allowed.includes(name));
  if (unexpected.length > 0)
    throw new Refusal(unexpected.map((name) => `${command}: --${name} is not an option of this command`));
  const result = schema.safeParse(values);
  if (!result.success) {
    throw new Refusal(
      result.error.issues.map(({ path, message }) => {
        const name = String(path[0]);
        return `${command}: --${name} ${values[name] === undefined ? "is required" : message}`;
      }),
    );
  }
  return result.data;
};

const readInput = (path: string) => {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw new Refusal([`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`]);
  }
};

const run = async (command: Command, args: string[]): Promise<unknown> => {
  switch (command) {
    case "tsm": {
      const { input } = readOptions(command, commandSchemas[command], args);
      const parsed = await parseSurveyCsv(readInput(input));
      if (!parsed.ok) throw refuseProblems(parsed.problems);
      return tallyMeasures(parsed.value, TSM_MEASURES);
    }
    case "complaints": {
      const { input, ...options } = readOptions(command, commandSchemas[command], args);
      const period = { ...options, calendar: holidayCalendar(options.regime) };
      const parsed = await parseComplaintsCsv(readInput(input));
      if (!parsed.ok) throw refuseProblems(parsed.problems);
      const uncovered = uncoveredDates(parsed.value, period);
      if (uncovered.length > 0) throw refuseProblems(uncovered);
      return complaintFigures(parsed.value, period);
    }
    case "sample-size": {
      const { population, margin } = readOptions(command, commandSchemas[command], args);
      return { population, margin, required: requiredSampleSize(population, margin) };
    }
    case "working-days": {
      const { regime, from, to } = readOptions(command, commandSchemas[command], args);
      const calendar = holidayCalendar(regime);
      const uncovered = [from, to].filter((date) => !isCovered(calendar, date));
      if (uncovered.length > 0)
        throw new Refusal(uncovered.map((date) => `working-days: ${coverageMessage(calendar, date)}`));
      return { regime, from, to, workingDays: workingDays(from, to, calendar) };
    }
  }
};

const isCommand = (name: string | undefined): name is Command =>
  name !== undefined && Object.hasOwn(commandSchemas, name);

const main = async (argv: string[]) => {
  const [command, ...args] = argv;
  try {
    if (!isCommand(command)) throw new Refusal([command ? `unknown command: ${command}` : "no command given", USAGE]);
    process.stdout.write(`${JSON.stringify(await run(command, args), null, 2)}\n`);
  } catch (error) {
    if (error instanceof Refusal) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    // parseArgs refuses unknown options and options without values with a TypeError naming them.
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`${command}: ${error.message}\n${USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
};

await main(process.argv.slice(2));
