import { HOME_COLUMNS, IMPORT_COLUMNS, KIND_CHOICES, STATUS_CHOICES, STOCK_TYPE_CHOICES, YES_NO_CHOICES, type ImportColumn } from "./columns";
import { choice, email, optionalText, phone, postcode, requiredText, type Reader } from "./field-readers";
import { readCsvRecords, type CsvRecord } from "../../uploads/read-csv-records";
import { byLine, homeChanges } from "./rules";
import type { ImportError, ImportHome, ImportRow, ParsedCustomerFile } from "./types";

type ColumnIndex = Record<ImportColumn, number>;

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
  status: choice({ choices: STATUS_CHOICES, empty: "ACTIVE", placeholder: "ACTIVE", noun: "a status", allowed: "active or former, or leave it empty" }),
  firstName: requiredText({ missing: "Enter the customer's first name", label: "The first name", max: 100 }),
  lastName: requiredText({ missing: "Enter the customer's last name", label: "The last name", max: 100 }),
  homeReference: requiredText({ missing: `Enter the home reference. ${NEEDS_HOME}`, label: "The home reference", max: 50 }),
  addressLine1: requiredText({ missing: "Enter the first line of the address", label: "The first line of the address", max: 200 }),
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

const readHeader = ({ line, values }: CsvRecord): { index?: ColumnIndex; errors: ImportError[] } => {
  const names = values.map((value) => value.trim().toLowerCase());
  const errors: ImportError[] = [];
  for (const column of IMPORT_COLUMNS) {
    const count = names.filter((name) => name === column).length;
    if (count === 0) errors.push({ line, column, message: `The header row has no ${column} column` });
    if (count > 1) errors.push({ line, column, message: `The header row has the ${column} column more than once` });
  }
  if (errors.length > 0) return { errors };
  const index = Object.fromEntries(IMPORT_COLUMNS.map((column) => [column, names.indexOf(column)])) as ColumnIndex;
  return { index, errors };
};

const readRow = ({ line, values }: CsvRecord, index: ColumnIndex, width: number): { row?: ImportRow; errors: ImportError[] } => {
  if (values.length !== width) {
    const message = `This line has ${values.length} values but the header row has ${width} columns. Check for a missing comma, or a comma in a value that is not in quotes`;
    return { errors: [{ line, column: null, message }] };
  }
  const errors: ImportError[] = [];
  const raw = (column: ImportColumn) => (values[index[column]] ?? "").trim();
  const read = <T,>(column: ImportColumn, reader: Reader<T>) => {
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
const crossCheck = (rows: ImportRow[]): { rows: ImportRow[]; errors: ImportError[] } => {
  const customerLines = new Map<string, number>();
  const homes = new Map<string, { line: number; home: ImportHome }>();
  const errors: ImportError[] = [];
  const kept = rows.filter(({ line, reference, home }) => {
    const earlier = customerLines.get(reference);
    if (earlier !== undefined) {
      errors.push({ line, column: "customer_reference", message: `Customer ${reference} is also on line ${earlier}. Give each customer one line` });
      return false;
    }
    const first = home && homes.get(home.reference);
    const differences = first ? homeChanges(home, first.home) : [];
    for (const column of differences) {
      errors.push({ line, column, message: `Home ${home?.reference} is also on line ${first?.line} with a different ${column}. Describe a home the same way on every line` });
    }
    if (differences.length > 0) return false;
    customerLines.set(reference, line);
    if (home && !first) homes.set(home.reference, { line, home });
    return true;
  });
  return { rows: kept, errors };
};

const isBlank = ({ values }: CsvRecord) => values.every((value) => value.trim() === "");

/** Reads an import file without touching the database: every line is checked and every problem listed. */
export const parseCustomerCsv = (text: string): ParsedCustomerFile => {
  const { records, problem } = readCsvRecords(text);
  const fatal: ImportError[] = problem ? [{ ...problem, column: null }] : [];
  const [header, ...lines] = records;
  if (!header) {
    return { rows: [], errors: fatal.length ? fatal : [{ line: 1, column: null, message: "The file is empty. It needs a header row and a line for each customer" }] };
  }
  const { index, errors: headerErrors } = readHeader(header);
  if (!index) return { rows: [], errors: [...headerErrors, ...fatal] };
  const read = lines.filter((record) => !isBlank(record)).map((record) => readRow(record, index, header.values.length));
  const checked = crossCheck(read.flatMap(({ row }) => (row ? [row] : [])));
  const errors = [...read.flatMap((result) => result.errors), ...checked.errors, ...fatal];
  if (checked.rows.length === 0 && errors.length === 0) {
    errors.push({ line: header.line, column: null, message: "The file has a header row but no customers below it" });
  }
  return { rows: checked.rows, errors: errors.sort(byLine) };
};
