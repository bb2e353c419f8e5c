// A cell a spreadsheet would run as a formula (=, +, -, @, tab, return) gets a leading apostrophe: answers
// typed by the public are opened by staff in Excel, and must stay text.
const cell = (text: string) => {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** Rows as CSV with Windows line endings, which every spreadsheet opens. */
export const toCsv = (rows: string[][]) => rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
