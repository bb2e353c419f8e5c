import { ukCsvDate, ukCsvDateTime } from "@/lib/uk-time";

// Excel reads a file without a byte-order mark in the machine's legacy code page, so "£" and "é" arrive garbled.
const BOM = "\uFEFF";

// Characters a spreadsheet starts a formula with (or that some readers strip before one), the full-width forms
// Excel also accepts as formula starts, and where a formula can begin: the cell start, or after a ';' that a
// spreadsheet in a semicolon-separator locale reads as a new cell. Leading spaces do not stop Excel either.
const FORMULA_START = /(^|;)(\s*)([=+\-@\t\r＝＋－＠])/g;
// A plain number (a negative change, say) cannot run anything, and an apostrophe would turn it into text.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** One cell made inert: every place a formula could start gets an apostrophe, which spreadsheets show as text. */
export const neutraliseCell = (text: string) =>
  PLAIN_NUMBER.test(text) ? text : text.replace(FORMULA_START, "$1$2'$3");

const cell = (text: string) => {
  const safe = neutraliseCell(text);
  // Quoting a ';' too keeps the cell whole when a spreadsheet guesses ';' as the separator.
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** A date-time cell as UK readers and Excel's en-GB locale expect: 27/11/2026 14:05, in UK time. */
export const csvDateTime = (instant: Date | null | undefined) => (instant ? ukCsvDateTime(instant) : "");

/** A calendar-day cell (stored as UTC midnight, or a yyyy-mm-dd string): 27/11/2026. */
export const csvDate = (day: Date | string | null | undefined) => (day ? ukCsvDate(day) : "");

/**
 * Rows as CSV with a UTF-8 byte-order mark and Windows line endings, which every spreadsheet opens as written.
 * Every CSV the portal produces goes through here, so no cell can run as a formula.
 */
export const toCsv = (rows: string[][]) => BOM + rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
