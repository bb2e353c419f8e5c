import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IMPORT_COLUMNS } from "@/lib/people/import/columns";
import { parseCustomerCsv } from "@/lib/people/import/parse-customer-csv";

const HEADER = IMPORT_COLUMNS.join(",");
const TENANT =
  "C1,tenant,active,Morag,Campbell,morag@example.org,07700 900001,H1,1 Mill Lane,,Northvale,NV1 2AB,Riverside,LCRA,yes";
const APPLICANT = "C2,applicant,,Arjun,Patel,,,,,,,,,,";

const csv = (...lines: string[]) => [HEADER, ...lines].join("\n");

/** A tenant's line with some columns replaced. */
const tenant = (changes: Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>) => {
  const values = TENANT.split(",");
  for (const [column, value] of Object.entries(changes))
    values[IMPORT_COLUMNS.indexOf(column as (typeof IMPORT_COLUMNS)[number])] = value;
  return values.join(",");
};

const errorsOf = async (text: string) =>
  (await parseCustomerCsv(text)).errors.map(({ line, column, message }) => ({ line, column, message }));

describe("reading a customer file", () => {
  it("reads tenants with their homes and applicants without", async () => {
    const { rows, errors } = await parseCustomerCsv(csv(TENANT, APPLICANT));
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        reference: "C1",
        kind: "TENANT",
        status: "ACTIVE",
        firstName: "Morag",
        lastName: "Campbell",
        email: "morag@example.org",
        phone: "07700 900001",
        home: {
          reference: "H1",
          addressLine1: "1 Mill Lane",
          addressLine2: null,
          town: "Northvale",
          postcode: "NV1 2AB",
          area: "Riverside",
          stockType: "LCRA",
          hasCommunalAreas: true,
        },
      },
      {
        line: 3,
        reference: "C2",
        kind: "APPLICANT",
        status: "ACTIVE",
        firstName: "Arjun",
        lastName: "Patel",
        email: null,
        phone: null,
        home: null,
      },
    ]);
  });

  it("reads the sample file in the documentation without a problem", async () => {
    const { rows, errors } = await parseCustomerCsv(readFileSync("public/samples/customers.csv", "utf8"));
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(20);
  });

  it("trims values, normalises postcodes and emails, and accepts choices in any case", async () => {
    const line = tenant({
      kind: " Joint Tenant ",
      status: "FORMER",
      email: " Morag@Example.ORG ",
      postcode: " nv12ab ",
      stock_type: "social rent",
      communal_areas: "No",
    });
    const [row] = (await parseCustomerCsv(csv(line))).rows;
    expect(row).toMatchObject({
      kind: "JOINT_TENANT",
      status: "FORMER",
      email: "morag@example.org",
      home: { postcode: "NV1 2AB", stockType: "SOCIAL_RENT", hasCommunalAreas: false },
    });
  });

  it("accepts headers in any case and any order, ignoring columns it does not use", async () => {
    const columns = [...IMPORT_COLUMNS].reverse();
    const values = columns.map((column) => TENANT.split(",")[IMPORT_COLUMNS.indexOf(column)]);
    const text = [
      [...columns.map((c) => c.toUpperCase()), "Notes"].join(","),
      [...values, "rings on Tuesdays"].join(","),
    ].join("\n");
    const { rows, errors } = await parseCustomerCsv(text);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ reference: "C1", home: { reference: "H1" } });
  });

  it("tolerates a byte order mark, Windows line endings, blank lines and lines of empty cells", async () => {
    const { rows, errors } = await parseCustomerCsv(
      `\uFEFF${HEADER}\r\n${TENANT}\r\n\r\n,,,,,,,,,,,,,,\r\n${APPLICANT}\r\n`,
    );
    expect(errors).toEqual([]);
    expect(rows.map((row) => [row.line, row.reference])).toEqual([
      [2, "C1"],
      [5, "C2"],
    ]);
  });

  it("reads quoted values with commas, doubled quote marks and line breaks, counting lines from where a record starts", async () => {
    const quoted = tenant({ address_line_1: '"Flat 2, The ""Old"" Granary"', address_line_2: '"Upper\nfloor"' });
    const { rows, errors } = await parseCustomerCsv(csv(quoted, tenant({ customer_reference: "C3", postcode: "bad" })));
    expect(rows[0]?.home).toMatchObject({ addressLine1: 'Flat 2, The "Old" Granary', addressLine2: "Upper\nfloor" });
    expect(errors).toEqual([
      { line: 4, column: "postcode", message: '"bad" is not a UK postcode. Enter one like NV1 2AB' },
    ]);
  });
});

describe("problems with the file", () => {
  it("refuses an empty file", async () => {
    expect(await errorsOf("")).toEqual([{ line: 1, column: "*", message: "the file is empty: it needs a header row" }]);
    expect(await errorsOf("\uFEFF\n\n")).toHaveLength(1);
  });

  it("refuses a header row with no customers under it", async () => {
    expect(await errorsOf(`${HEADER}\n`)).toEqual([
      { line: 1, column: "*", message: "the file has a header row but no customers below it" },
    ]);
  });

  it("names every missing or repeated column in the header row", async () => {
    const header = IMPORT_COLUMNS.filter((c) => c !== "postcode" && c !== "town")
      .concat("email")
      .join(",");
    expect(await errorsOf(`${header}\n${TENANT}`)).toEqual([
      { line: 1, column: "town", message: "the header row has no such column, and it is required" },
      { line: 1, column: "postcode", message: "the header row has no such column, and it is required" },
      { line: 1, column: "email", message: "the header row has this column more than once" },
    ]);
  });

  it("names the line of a record with too few or too many values", async () => {
    expect(await errorsOf(csv(`${TENANT},extra`, "C5,tenant"))).toEqual([
      {
        line: 2,
        column: "16",
        message: "the line has 16 values but the header row has only 15; put values containing commas in quotes",
      },
      { line: 3, column: "status", message: "the line ends here: it has 2 values but the header row has 15" },
    ]);
  });

  it("reports every missing required value with its line and column", async () => {
    const blank = tenant({
      customer_reference: "",
      kind: "tenant",
      first_name: "",
      last_name: "",
      home_reference: "",
      address_line_1: "",
      town: "",
      postcode: "",
      area: "",
      stock_type: "",
      communal_areas: "",
    });
    expect((await errorsOf(csv(blank))).map((e) => [e.line, e.column])).toEqual([
      [2, "customer_reference"],
      [2, "first_name"],
      [2, "last_name"],
      [2, "home_reference"],
      [2, "address_line_1"],
      [2, "town"],
      [2, "postcode"],
      [2, "area"],
      [2, "stock_type"],
      [2, "communal_areas"],
    ]);
  });

  it("explains values that are not in the allowed list", async () => {
    const line = tenant({ kind: "tennant", status: "gone", stock_type: "council", communal_areas: "maybe" });
    expect(await errorsOf(csv(line))).toEqual([
      {
        line: 2,
        column: "kind",
        message:
          '"tennant" is not a kind of customer. Use tenant, joint_tenant, factored_owner, leaseholder or applicant',
      },
      { line: 2, column: "status", message: '"gone" is not a status. Use active or former, or leave it empty' },
      { line: 2, column: "stock_type", message: '"council" is not a stock type. Use LCRA, LCHO, SOCIAL_RENT or OTHER' },
      { line: 2, column: "communal_areas", message: '"maybe" is not a yes or no answer. Use yes or no' },
    ]);
  });

  it("checks the format of emails, phone numbers and postcodes", async () => {
    const line = tenant({ email: "morag.example.org", phone: "call after 6", postcode: "12345" });
    expect(await errorsOf(csv(line))).toEqual([
      {
        line: 2,
        column: "email",
        message: '"morag.example.org" is not an email address. Enter one like name@example.com',
      },
      {
        line: 2,
        column: "phone",
        message: '"call after 6" is not a phone number. Enter one like 01632 960 001 or 07700 900 982',
      },
      { line: 2, column: "postcode", message: '"12345" is not a UK postcode. Enter one like NV1 2AB' },
    ]);
  });

  it("refuses values that are too long", async () => {
    expect(await errorsOf(csv(tenant({ last_name: "x".repeat(101) })))).toEqual([
      { line: 2, column: "last_name", message: "The last name must be 100 characters or fewer" },
    ]);
  });

  it("asks for a whole address when an applicant has part of one", async () => {
    expect((await errorsOf(csv("C2,applicant,,Arjun,Patel,,,,1 Mill Lane,,,,,,"))).map((e) => e.column)).toEqual([
      "home_reference",
      "town",
      "postcode",
      "area",
      "stock_type",
      "communal_areas",
    ]);
  });

  it("refuses a customer reference used twice, naming the first line", async () => {
    expect(await errorsOf(csv(TENANT, APPLICANT, tenant({ first_name: "Again" })))).toEqual([
      { line: 4, column: "customer_reference", message: "customer C1 is also on line 2" },
    ]);
  });

  it("lets joint tenants share a home but refuses two different descriptions of it", async () => {
    const partner = tenant({ customer_reference: "C9", kind: "joint_tenant", postcode: "NV1 2AB", area: "riverside" });
    expect((await parseCustomerCsv(csv(TENANT, partner))).errors).toEqual([]);
    const moved = tenant({ customer_reference: "C9", address_line_1: "2 Mill Lane", communal_areas: "no" });
    expect(await errorsOf(csv(TENANT, moved))).toEqual([
      {
        line: 3,
        column: "address_line_1",
        message:
          "Home H1 is also on line 2 with a different address_line_1. Describe a home the same way on every line",
      },
      {
        line: 3,
        column: "communal_areas",
        message:
          "Home H1 is also on line 2 with a different communal_areas. Describe a home the same way on every line",
      },
    ]);
  });

  it("stops at a quote mark that is never closed, keeping the problems found before it", async () => {
    const { rows, errors } = await parseCustomerCsv(
      csv(tenant({ postcode: "bad" }), APPLICANT, 'C3,tenant,,"Unclosed,Name'),
    );
    expect(rows.map((row) => row.reference)).toEqual(["C2"]);
    expect(errors).toEqual([
      { line: 2, column: "postcode", message: expect.any(String) },
      {
        line: 4,
        column: "*",
        message: 'a value starts with a quote mark (") that is never closed: check the quote marks on this line',
      },
    ]);
  });

  it("explains a stray quote mark inside a value", async () => {
    expect(await errorsOf(csv(tenant({ address_line_1: 'Flat "A" Mill Court' })))).toEqual([
      { line: 2, column: "*", message: expect.stringMatching(/^a quote mark \(\"\) is inside a value/) },
    ]);
    expect(await errorsOf(csv(tenant({ address_line_1: '"Flat A" Mill Court' })))).toEqual([
      {
        line: 2,
        column: "*",
        message: expect.stringMatching(/^a quoted value has more text after its closing quote mark/),
      },
    ]);
  });

  it("lists every problem in the file, in line order", async () => {
    const lines = Array.from({ length: 300 }, (_, i) =>
      tenant({ customer_reference: `C${i}`, home_reference: `H${i}`, postcode: "bad" }),
    );
    const { rows, errors } = await parseCustomerCsv(csv(...lines));
    expect(rows).toEqual([]);
    expect(errors).toHaveLength(300);
    expect(errors.map((e) => e.line)).toEqual(lines.map((_, i) => i + 2));
  });
});
