import { CsvError, parse } from "csv-parse/sync";

/** One record with the line it starts on, as a spreadsheet user would count it. */
export type CsvRecord = { line: number; values: string[] };

export type CsvProblem = { line: number; message: string };

const FATAL_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED:
    'A value starts with a quote mark (") that is never closed. Check the quote marks on this line.',
  INVALID_OPENING_QUOTE:
    'A quote mark (") is inside a value that does not start with one. Put the whole value in quotes and double the quote marks inside it.',
  CSV_INVALID_CLOSING_QUOTE:
    'A quoted value has more text after its closing quote mark ("). Put the whole value in quotes and double the quote marks inside it.',
};

const GENERAL_PROBLEM = "This line could not be read. Check its commas and quote marks.";

/**
 * Reads RFC 4180 CSV into records. A broken quote stops the reading (nothing after it can be trusted),
 * so the records before it come back with the problem, letting the preview still list their errors.
 */
export const readCsvRecords = (text: string): { records: CsvRecord[]; problem?: CsvProblem } => {
  const records: CsvRecord[] = [];
  let lastLine = 0;
  let lastEmptyLines = 0;
  // A record starts on the line after the previous one ended, plus any empty lines skipped in between.
  const nextStart = (emptyLines: number) => lastLine + 1 + (emptyLines - lastEmptyLines);
  try {
    parse(text.replace(/\r\n?/g, "\n"), {
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
    return { records };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const emptyLines = typeof error.empty_lines === "number" ? error.empty_lines : lastEmptyLines;
    return { records, problem: { line: nextStart(emptyLines), message: FATAL_MESSAGES[error.code] ?? GENERAL_PROBLEM } };
  }
};
