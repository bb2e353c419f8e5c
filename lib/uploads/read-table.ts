import { nextTurn, readCsvRecords, type CsvRecord } from "./read-csv-records";
import { byLine, WHOLE_LINE, type Problem } from "./problems";

/** One data line: `cell` gives a column's value trimmed, or "" for a column the file does not have. */
export type TableRow = { line: number; cell: (column: string) => string };

export type TableColumns = { required: readonly string[]; optional: readonly string[] };

/** Header names are matched like values: trimmed and case-insensitive. */
const normaliseName = (name: string) => name.trim().toLowerCase();

const readHeader = ({ line, values }: CsvRecord, { required, optional }: TableColumns) => {
  const names = values.map(normaliseName);
  const problems: Problem[] = [];
  for (const column of required) {
    if (!names.includes(column.toLowerCase()))
      problems.push({ line, column, message: "the header row has no such column, and it is required" });
  }
  for (const column of [...required, ...optional]) {
    if (names.filter((name) => name === column.toLowerCase()).length > 1) {
      problems.push({ line, column, message: "the header row has this column more than once" });
    }
  }
  const index = new Map([...required, ...optional].map((column) => [column, names.indexOf(column.toLowerCase())]));
  return { index, problems };
};

const widthProblem = ({ line, values }: CsvRecord, header: string[]): Problem => {
  const column = header[values.length]?.trim() ?? `${values.length}`;
  return values.length < header.length
    ? {
        line,
        column,
        message: `the line ends here: it has ${values.length} values but the header row has ${header.length}`,
      }
    : {
        line,
        column: `${header.length + 1}`,
        message: `the line has ${values.length} values but the header row has only ${header.length}; put values containing commas in quotes`,
      };
};

const isBlank = ({ values }: CsvRecord) => values.every((value) => value.trim() === "");

/** Lines laid out between two turns of the event loop, so a big file does not hold up other requests. */
const LINES_PER_TURN = 5000;

/**
 * Reads an RFC 4180 CSV file with a header row into rows whose line numbers are the physical lines of the file.
 * Unknown columns are ignored and blank lines skipped; lines of the wrong width are problems, not guesses.
 */
export const readTable = async (
  text: string,
  columns: TableColumns,
): Promise<{ rows: TableRow[]; problems: Problem[] }> => {
  const { records, problem } = await readCsvRecords(text);
  const fatal: Problem[] = problem ? [{ ...problem, column: WHOLE_LINE }] : [];
  const [header, ...lines] = records;
  if (!header)
    return {
      rows: [],
      problems:
        fatal.length > 0
          ? fatal
          : [{ line: 1, column: WHOLE_LINE, message: "the file is empty: it needs a header row" }],
    };
  const { index, problems } = readHeader(header, columns);
  if (problems.length > 0) return { rows: [], problems: [...problems, ...fatal] };
  const rows: TableRow[] = [];
  for (const [at, record] of lines.entries()) {
    if (at % LINES_PER_TURN === LINES_PER_TURN - 1) await nextTurn();
    if (isBlank(record)) continue;
    if (record.values.length !== header.values.length) {
      problems.push(widthProblem(record, header.values));
      continue;
    }
    const { line, values } = record;
    rows.push({ line, cell: (column) => values[index.get(column) ?? -1]?.trim() ?? "" });
  }
  return { rows, problems: [...problems, ...fatal].sort(byLine) };
};
