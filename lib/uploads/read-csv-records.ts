import { CsvError, parse } from "csv-parse";
import { setImmediate as nextTurn } from "node:timers/promises";

/** One record with the line it starts on, as a spreadsheet user would count it. */
export type CsvRecord = { line: number; values: string[] };

export type CsvProblem = { line: number; message: string };

const FATAL_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a value starts with a quote mark (") that is never closed: check the quote marks on this line',
  INVALID_OPENING_QUOTE:
    'a quote mark (") is inside a value that does not start with one: put the whole value in quotes and double the quote marks inside it',
  CSV_INVALID_CLOSING_QUOTE:
    'a quoted value has more text after its closing quote mark ("): put the whole value in quotes and double the quote marks inside it',
};

const GENERAL_PROBLEM = "this line could not be read: check its commas and quote marks";

/**
 * The text is handed to the parser this much at a time, and the event loop is given back in between, so a
 * 20 MB file read for one officer does not stall every other request for seconds (issue 13).
 */
const SLICE = 16 * 1024;

export { nextTurn };

/**
 * Reads RFC 4180 CSV into records: the only CSV reader of the uploads. A broken quote stops the reading (nothing
 * after it can be trusted), so the records before it come back with the problem, letting the preview still list
 * their errors.
 */
export const readCsvRecords = async (text: string): Promise<{ records: CsvRecord[]; problem?: CsvProblem }> => {
  const records: CsvRecord[] = [];
  let lastLine = 0;
  let lastEmptyLines = 0;
  // A record starts on the line after the previous one ended, plus any empty lines skipped in between.
  const nextStart = (emptyLines: number) => lastLine + 1 + (emptyLines - lastEmptyLines);
  let failure: unknown;
  const parser = parse({
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: "\n",
    on_record: (values: string[], { lines, empty_lines }) => {
      records.push({ line: nextStart(empty_lines), values });
      lastLine = lines;
      lastEmptyLines = empty_lines;
      return null;
    },
  });
  parser.on("error", (error) => (failure ??= error));
  const finished = new Promise<void>((resolve) => parser.on("end", resolve).on("error", () => resolve()));
  parser.resume();
  // Line endings are made "\n" a slice at a time (a whole 5 MB file at once is itself a stall); a "\r" ending a
  // slice waits for the next, in case it is the first half of a "\r\n".
  for (let at = 0; at < text.length && failure === undefined;) {
    let end = Math.min(at + SLICE, text.length);
    if (end < text.length && text[end - 1] === "\r") end += 1;
    parser.write(text.slice(at, end).replace(/\r\n?/g, "\n"));
    at = end;
    await nextTurn();
  }
  if (failure === undefined) parser.end();
  await finished;
  if (failure === undefined) return { records };
  if (!(failure instanceof CsvError)) throw failure;
  const emptyLines = typeof failure.empty_lines === "number" ? failure.empty_lines : lastEmptyLines;
  return {
    records,
    problem: { line: nextStart(emptyLines), message: FATAL_MESSAGES[failure.code] ?? GENERAL_PROBLEM },
  };
};
