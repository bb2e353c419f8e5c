import { createHash } from "node:crypto";
import type { ImportColumn } from "./columns";
import type { CustomerFields, ImportError, ImportHome, ImportRow, RowAction } from "./types";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The preview lists this many problems; the rest are counted, since one bad column can fault every line. */
export const ERRORS_SHOWN = 200;

/** Rows of each kind the preview shows as examples. */
export const SAMPLE_ROWS = 20;

const HOME_FIELDS: [ImportColumn, (home: ImportHome) => unknown][] = [
  ["address_line_1", (home) => home.addressLine1],
  ["address_line_2", (home) => home.addressLine2],
  ["town", (home) => home.town],
  ["postcode", (home) => home.postcode],
  // Area names are matched whatever their case, so "riverside" does not add a second Riverside.
  ["area", (home) => home.area.toLowerCase()],
  ["stock_type", (home) => home.stockType],
  ["communal_areas", (home) => home.hasCommunalAreas],
];

/** The columns in which two versions of one home differ. */
export const homeChanges = (wanted: ImportHome, current: ImportHome): ImportColumn[] =>
  HOME_FIELDS.filter(([, value]) => value(wanted) !== value(current)).map(([column]) => column);

const CUSTOMER_FIELDS: [ImportColumn, (customer: CustomerFields) => unknown][] = [
  ["kind", (customer) => customer.kind],
  ["status", (customer) => customer.status],
  ["first_name", (customer) => customer.firstName],
  ["last_name", (customer) => customer.lastName],
  ["email", (customer) => customer.email],
  ["phone", (customer) => customer.phone],
  ["home_reference", (customer) => customer.homeReference],
];

export const customerFields = (row: ImportRow): CustomerFields => ({
  kind: row.kind,
  status: row.status,
  firstName: row.firstName,
  lastName: row.lastName,
  email: row.email,
  phone: row.phone,
  homeReference: row.home?.reference ?? null,
});

/** The columns in which a line of the file differs from the customer as recorded. */
export const customerChanges = (row: ImportRow, current: CustomerFields): ImportColumn[] => {
  const wanted = customerFields(row);
  return CUSTOMER_FIELDS.filter(([, value]) => value(wanted) !== value(current)).map(([column]) => column);
};

export const byLine = (a: ImportError, b: ImportError) => a.line - b.line;

export const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/**
 * A fingerprint of what an import would do, line by line. The officer confirms the preview they saw;
 * if the records change before they press the button, the fingerprint changes and the import is refused.
 */
export const planDigest = (rows: { line: number; action: RowAction; changes: ImportColumn[] }[], newAreas: string[]) =>
  sha256(JSON.stringify([rows.map((row) => [row.line, row.action, row.changes]), newAreas]));

/** Why an uploaded file cannot be read as customers, or undefined when it can be tried. */
export const uploadProblem = (file: { name: string; size: number; type: string }) => {
  const looksLikeCsv = file.name.toLowerCase().endsWith(".csv") || file.type === "text/csv";
  // An empty file input arrives as an empty file, named "" or "blob" depending on the server's form parser.
  if (file.size === 0 && !looksLikeCsv) return "Select a CSV file";
  if (!looksLikeCsv) {
    return "The selected file must be a CSV file. Save a spreadsheet as \"CSV UTF-8\" first";
  }
  if (file.size === 0) return "The selected file is empty";
  if (file.size > MAX_UPLOAD_BYTES) return "The selected file must be smaller than 20 MB";
  return undefined;
};

/** Splits a list so no single statement exceeds PostgreSQL's limit on bound values. */
export const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
