import {
  HOME_COLUMNS,
  IMPORT_COLUMNS,
  KIND_CHOICES,
  STATUS_CHOICES,
  STOCK_TYPE_CHOICES,
  YES_NO_CHOICES,
  type ImportColumn,
} from "./columns";
import { byLine, type Problem, WHOLE_LINE } from "@/lib/uploads/problems";
import { readTable, type TableRow } from "@/lib/uploads/read-table";
import { homeChanges } from "./rules";
import type { ImportHome, ImportRow, ParsedCustomerFile } from "./types";
import { choice, email, optionalText, phone, postcode, requiredText, type Reader } from "./field-readers";

const NEEDS_HOME = "Only an applicant may have no home, and then every home column must be empty";

const READ = {
  reference: requiredText({ missing: "Enter the customer reference", label: "The customer reference", max: 50 }),
  kind: choice({
    choices: KIND_CHOICES,
    // An unreadable kind is treated as an applicant's, so empty home columns are not reported as missing too.
    placeholder: "APPLICANT",
    missing: "Enter the kind of customer: tenant, joint_tenant, factored_owner, leaseholder or applicant",
    noun: "a kind of customer",
    allowed: "tenant, joint_tenant, factored_owner, leaseholder or applicant",
  }),
  status: choice({
    choices: STATUS_CHOICES,
    empty: "ACTIVE",
    placeholder: "ACTIVE",
    noun: "a status",
    allowed: "active or former, or leave it empty",
  }),
  firstName: requiredText({ missing: "Enter the customer's first name", label: "The first name", max: 100 }),
  lastName: requiredText({ missing: "Enter the customer's last name", label: "The last name", max: 100 }),
  homeReference: requiredText({
    missing: `Enter the home reference. ${NEEDS_HOME}`,
    label: "The home reference",
    max: 50,
  }),
  addressLine1: requiredText({
    missing: "Enter the first line of the address",
    label: "The first line of the address",
    max: 200,
  }),
  addressLine2: optionalText({ label: "The second line of the address", max: 200 }),
  town: requiredText({ missing: "Enter the town", label: "The town", max: 100 }),
  area: requiredText({ missing: "Enter the area's name", label: "The area's name", max: 100 }),
  stockType: choice({
    choices: STOCK_TYPE_CHOICES,
    placeholder: "OTHER",
    missing: "Enter the stock type: LCRA, LCHO, SOCIAL_RENT or OTHER",
    noun: "a stock type",
    allowed: "LCRA, LCHO, SOCIAL_RENT or OTHER",
  }),
  communalAreas: choice({
    choices: YES_NO_CHOICES,
    placeholder: false,
    missing: "Enter yes or no: does the home share communal areas?",
    noun: "a yes or no answer",
    allowed: "yes or no",
  }),
};

const readRow = ({ line, cell }: TableRow): { row?: ImportRow; errors: Problem[] } => {
  const errors: Problem[] = [];
  const raw = (column: ImportColumn) => cell(column);
  const read = <T>(column: ImportColumn, reader: Reader<T>) => {
    const { value, problem } = reader(raw(column));
    if (problem) errors.push({ line, column, message: problem });
    return value;
  };
  const readHome = (): ImportHome => ({
    reference: read("home_reference", READ.homeReference),
    addressLine1: read("address_line_1", READ.addressLine1),
    addressLine2: read("address_line_2", READ.addressLine2),
    town: read("town", READ.town),
    postcode: read("postcode", postcode),
    area: read("area", READ.area),
    stockType: read("stock_type", READ.stockType),
    hasCommunalAreas: read("communal_areas", READ.communalAreas),
  });
  const reference = read("customer_reference", READ.reference);
  const kind = read("kind", READ.kind);
  const row: ImportRow = {
    line,
    reference,
    kind,
    status: read("status", READ.status),
    firstName: read("first_name", READ.firstName),
    lastName: read("last_name", READ.lastName),
    email: read("email", email),
    phone: read("phone", phone),
    home: kind !== "APPLICANT" || HOME_COLUMNS.some((column) => raw(column) !== "") ? readHome() : null,
  };
  return errors.length > 0 ? { errors } : { row, errors };
};

/** Each customer once, and a home shared by joint tenants described the same way on every line. */
const crossCheck = (rows: ImportRow[]): { rows: ImportRow[]; errors: Problem[] } => {
  const customerLines = new Map<string, number>();
  const homes = new Map<string, { line: number; home: ImportHome }>();
  const errors: Problem[] = [];
  const kept = rows.filter(({ line, reference, home }) => {
    const earlier = customerLines.get(reference);
    if (earlier !== undefined) {
      errors.push({ line, column: "customer_reference", message: `customer ${reference} is also on line ${earlier}` });
      return false;
    }
    const first = home && homes.get(home.reference);
    const differences = first ? homeChanges(home, first.home) : [];
    for (const column of differences) {
      errors.push({
        line,
        column,
        message: `Home ${home?.reference} is also on line ${first?.line} with a different ${column}. Describe a home the same way on every line`,
      });
    }
    if (differences.length > 0) return false;
    customerLines.set(reference, line);
    if (home && !first) homes.set(home.reference, { line, home });
    return true;
  });
  return { rows: kept, errors };
};

/** Reads an import file without touching the database: every line is checked and every problem listed. */
export const parseCustomerCsv = async (text: string): Promise<ParsedCustomerFile> => {
  // Every column must be in the header, even those a line may leave empty, so a misspelt header is caught.
  const table = await readTable(text, { required: IMPORT_COLUMNS, optional: [] });
  const read = table.rows.map(readRow);
  const checked = crossCheck(read.flatMap(({ row }) => (row ? [row] : [])));
  const errors = [...table.problems, ...read.flatMap((result) => result.errors), ...checked.errors];
  if (checked.rows.length === 0 && errors.length === 0) {
    errors.push({ line: 1, column: WHOLE_LINE, message: "the file has a header row but no customers below it" });
  }
  return { rows: checked.rows, errors: errors.sort(byLine) };
};
