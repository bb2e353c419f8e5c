import type { ImportColumn } from "./columns";
import { previewDigest } from "@/lib/uploads/rules";
import type { CustomerFields, ImportHome, ImportRow, RowAction } from "./types";

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

/**
 * The digest of what an import would do, line by line, for the stored file `upload`. The officer confirms the preview
 * they saw; if the file or the records change before they press the button, the digest changes and the import is refused.
 */
export const planDigest = (
  upload: string,
  rows: { line: number; action: RowAction; changes: ImportColumn[] }[],
  newAreas: string[],
) => previewDigest(upload, [rows.map((row) => [row.line, row.action, row.changes]), newAreas]);
