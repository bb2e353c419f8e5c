import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { applyImport } from "@/lib/people/import/apply-import";
import { IMPORT_COLUMNS, type ImportColumn } from "@/lib/people/import/columns";
import { parseCustomerCsv } from "@/lib/people/import/parse-customer-csv";
import { importUpload } from "@/lib/people/import/import-upload";
import { planImport } from "@/lib/people/import/plan-import";
import { CHANGED_SINCE_PREVIEW } from "@/lib/uploads/confirm-upload";
import { sha256 } from "@/lib/uploads/rules";
import { storeUpload } from "@/lib/uploads/upload-store";
import { createUser } from "@/tests/factories";
import { createArea, createCustomer } from "@/tests/factories/people";

type Line = Partial<Record<ImportColumn, string>>;

const tenant = (n: number, changes: Line = {}): Line => ({
  customer_reference: `C${n}`,
  kind: "tenant",
  status: "active",
  first_name: `First${n}`,
  last_name: `Last${n}`,
  email: `customer${n}@example.org`,
  phone: "07700 900001",
  home_reference: `H${n}`,
  address_line_1: `${n} Mill Lane`,
  address_line_2: "",
  town: "Northvale",
  postcode: "NV1 2AB",
  area: "Riverside",
  stock_type: "LCRA",
  communal_areas: "no",
  ...changes,
});

const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

const csv = (lines: Line[]) =>
  [
    IMPORT_COLUMNS.join(","),
    ...lines.map((line) => IMPORT_COLUMNS.map((column) => quote(line[column] ?? "")).join(",")),
  ].join("\n");

const preview = async (text: string) => planImport(db, await parseCustomerCsv(text), sha256(text));

const officer = () => createUser({ role: "OFFICER" });

const snapshot = async () => ({
  areas: await db.area.findMany({ orderBy: { name: "asc" } }),
  homes: await db.home.findMany({ orderBy: { reference: "asc" } }),
  customers: await db.customer.findMany({ orderBy: { reference: "asc" } }),
  events: await db.auditEvent.count(),
});

describe("previewing an import", () => {
  it("sorts lines into customers to add, update and leave alone, writing nothing", async () => {
    const area = await createArea("Riverside");
    const existing = await createCustomer({ firstName: "Morag", lastName: "Campbell", areaId: area.id });
    const same = await createCustomer({ firstName: "Kwame", lastName: "Mensah", areaId: area.id });
    const home = await db.home.findUniqueOrThrow({ where: { id: same.homeId ?? "" } });
    const before = await snapshot();
    const sameLine: Line = {
      customer_reference: same.reference,
      kind: "tenant",
      first_name: "Kwame",
      last_name: "Mensah",
      home_reference: home.reference,
      address_line_1: home.addressLine1,
      town: home.town,
      postcode: home.postcode,
      area: "RIVERSIDE",
      stock_type: "lcra",
      communal_areas: "no",
    };
    const movedLine: Line = {
      ...sameLine,
      customer_reference: existing.reference,
      first_name: "Morag",
      last_name: "Campbell",
      email: "morag@example.org",
    };
    const plan = await preview(csv([tenant(1, { area: "Meadowbank" }), movedLine, sameLine]));
    expect(plan.errors).toEqual([]);
    expect(plan.counts).toEqual({ add: 1, update: 1, unchanged: 1 });
    expect(plan.rows.map((row) => [row.line, row.action, row.changes])).toEqual([
      [2, "add", []],
      [3, "update", ["email", "home_reference"]],
      [4, "unchanged", []],
    ]);
    expect(plan.newAreas).toEqual(["Meadowbank"]);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses to bring back a customer whose details were deleted on request", async () => {
    const gone = await createCustomer();
    await db.customer.update({ where: { id: gone.id }, data: { anonymisedAt: new Date() } });
    const plan = await preview(csv([tenant(1, { customer_reference: gone.reference })]));
    expect(plan.errors).toEqual([
      { line: 2, column: "customer_reference", message: expect.stringMatching(/asked us to delete them/) },
    ]);
    expect(plan.rows).toEqual([]);
  });
});

describe("importing customers", () => {
  it("adds customers, their homes and new areas in one go, and records the import", async () => {
    const actor = await officer();
    await createArea("Riverside");
    const text = csv([
      tenant(1, { kind: "joint_tenant", home_reference: "H1" }),
      tenant(2, { kind: "joint_tenant", home_reference: "H1", address_line_1: "1 Mill Lane", area: "riverside" }),
      tenant(3, { area: "Meadowbank", communal_areas: "yes", address_line_2: "Flat 2, Upper floor" }),
      { customer_reference: "C4", kind: "applicant", first_name: "Arjun", last_name: "Patel" },
    ]);
    const result = await applyImport({ actor, text });
    expect(result).toMatchObject({
      added: 4,
      updated: 0,
      unchanged: 0,
      homesAdded: 2,
      homesUpdated: 0,
      areasAdded: ["Meadowbank"],
    });

    const customers = await db.customer.findMany({
      orderBy: { reference: "asc" },
      include: { home: { include: { area: true } } },
    });
    expect(customers.map((c) => [c.reference, c.kind, c.home?.reference ?? null, c.home?.area.name ?? null])).toEqual([
      ["C1", "JOINT_TENANT", "H1", "Riverside"],
      ["C2", "JOINT_TENANT", "H1", "Riverside"],
      ["C3", "TENANT", "H3", "Meadowbank"],
      ["C4", "APPLICANT", null, null],
    ]);
    expect(customers[2]?.home).toMatchObject({
      addressLine2: "Flat 2, Upper floor",
      hasCommunalAreas: true,
      postcode: "NV1 2AB",
    });
    expect(await db.area.count()).toBe(2);

    const event = await db.auditEvent.findFirstOrThrow();
    const fileSha256 = createHash("sha256").update(text).digest("hex");
    expect(event).toMatchObject({
      actorId: actor.id,
      action: "customers.imported",
      entityType: "CustomerImport",
      entityId: fileSha256,
    });
    expect(event.details).toMatchObject({
      sha256: fileSha256,
      lines: 4,
      added: 4,
      updated: 0,
      unchanged: 0,
      homesAdded: 2,
      areasAdded: ["Meadowbank"],
    });
    expect(result.eventId).toBe(event.id.toString());
  });

  it("updates only the customers and homes that differ, leaving the rest untouched", async () => {
    const actor = await officer();
    await applyImport({ actor, text: csv([tenant(1), tenant(2), tenant(3), tenant(4)]) });
    const before = await db.customer.findMany({ orderBy: { reference: "asc" } });
    const later = new Date(Date.now() + 60_000);

    const result = await applyImport({
      actor,
      now: later,
      text: csv([
        tenant(1, { email: "", phone: "01632 960001", status: "former" }),
        tenant(2, {
          address_line_1: "2a Mill Lane",
          stock_type: "SOCIAL_RENT",
          communal_areas: "yes",
          area: "Hillhead",
        }),
        tenant(3, { home_reference: "H4", address_line_1: "4 Mill Lane" }),
        tenant(4, {
          kind: "applicant",
          home_reference: "",
          address_line_1: "",
          town: "",
          postcode: "",
          area: "",
          stock_type: "",
          communal_areas: "",
        }),
      ]),
    });
    expect(result).toMatchObject({
      added: 0,
      updated: 4,
      unchanged: 0,
      homesAdded: 0,
      homesUpdated: 1,
      areasAdded: ["Hillhead"],
    });

    const after = await db.customer.findMany({
      orderBy: { reference: "asc" },
      include: { home: { include: { area: true } } },
    });
    expect(after[0]).toMatchObject({ status: "FORMER", email: null, phone: "01632 960001", updatedAt: later });
    expect(after[1]).toMatchObject({
      updatedAt: before[1]?.updatedAt,
      home: {
        addressLine1: "2a Mill Lane",
        stockType: "SOCIAL_RENT",
        hasCommunalAreas: true,
        area: { name: "Hillhead" },
      },
    });
    expect(after[2]).toMatchObject({ home: { reference: "H4" }, updatedAt: later });
    expect(after[3]).toMatchObject({ kind: "APPLICANT", homeId: null });
    expect(after.map((c) => c.id)).toEqual(before.map((c) => c.id));
  });

  it("changes nothing when the same file is imported again", async () => {
    const actor = await officer();
    const partner = tenant(2, { kind: "joint_tenant", home_reference: "H1", address_line_1: "1 Mill Lane" });
    const text = csv([tenant(1, { kind: "joint_tenant" }), partner, tenant(3, { area: "Meadowbank" })]);
    await applyImport({ actor, text });
    const before = await snapshot();

    expect((await preview(text)).counts).toEqual({ add: 0, update: 0, unchanged: 3 });
    const again = await applyImport({ actor, text, now: new Date(Date.now() + 60_000) });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 3, homesAdded: 0, homesUpdated: 0, areasAdded: [] });
    const after = await snapshot();
    expect({ ...after, events: 0 }).toEqual({ ...before, events: 0 });
  });

  it("writes nothing from a file with errors", async () => {
    const actor = await officer();
    const text = csv([tenant(1), tenant(2, { postcode: "nowhere" })]);
    const refusal = applyImport({ actor, text });
    await expect(refusal).rejects.toBeInstanceOf(DomainError);
    await expect(refusal).rejects.toThrow("The file has 1 problem, so nothing has been imported");
    expect(await snapshot()).toEqual({ areas: [], homes: [], customers: [], events: 0 });
  });

  it("writes nothing when the last write fails", async () => {
    const text = csv([tenant(1), tenant(2, { area: "Meadowbank" })]);
    // An officer who does not exist breaks a foreign key: the whole import is refused.
    await expect(applyImport({ actor: { id: "no-such-officer", role: "OFFICER" }, text })).rejects.toMatchObject({
      code: "P2003",
    });
    expect(await snapshot()).toEqual({ areas: [], homes: [], customers: [], events: 0 });
  });

  it("undoes new homes and areas when a customer update fails part way", async () => {
    const actor = await officer();
    await applyImport({ actor, text: csv([tenant(1), tenant(2)]) });
    const before = await snapshot();
    await db.$executeRawUnsafe(
      `CREATE FUNCTION refuse_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`,
    );
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_update BEFORE UPDATE ON "Customer" FOR EACH ROW EXECUTE FUNCTION refuse_update()`,
    );
    try {
      const text = csv([
        tenant(1, { home_reference: "H9", area: "Meadowbank" }),
        tenant(2, { first_name: "Changed" }),
        tenant(3),
      ]);
      await expect(applyImport({ actor, text })).rejects.toThrow(/disk full/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_update ON "Customer"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_update()`);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses when the records changed after the officer checked the file", async () => {
    const actor = await officer();
    await applyImport({ actor, text: csv([tenant(1)]) });
    const text = csv([tenant(1, { email: "new@example.org" }), tenant(2)]);
    const upload = await storeUpload(new Blob([text], { type: "text/csv" }));
    const { digest } = await preview(text);
    await db.customer.update({ where: { reference: "C1" }, data: { email: "new@example.org" } });
    const before = await snapshot();
    await expect(importUpload({ actor, confirmation: { upload, digest } })).rejects.toThrow(CHANGED_SINCE_PREVIEW);
    expect(await snapshot()).toEqual(before);
    const { digest: fresh } = await preview(text);
    await expect(importUpload({ actor, confirmation: { upload, digest: fresh } })).resolves.toMatchObject({
      added: 1,
      unchanged: 1,
    });
  });

  it("refuses a confirm form whose digest or file was tampered with, writing nothing", async () => {
    const actor = await officer();
    const text = csv([tenant(1), tenant(2)]);
    const upload = await storeUpload(new Blob([text], { type: "text/csv" }));
    const other = await storeUpload(new Blob([csv([tenant(3)])], { type: "text/csv" }));
    const { digest } = await preview(text);
    const before = await snapshot();
    await expect(importUpload({ actor, confirmation: { upload, digest: sha256("forged") } })).rejects.toThrow(
      CHANGED_SINCE_PREVIEW,
    );
    await expect(importUpload({ actor, confirmation: { upload: other, digest } })).rejects.toThrow(
      CHANGED_SINCE_PREVIEW,
    );
    expect(await snapshot()).toEqual(before);
    await expect(importUpload({ actor, confirmation: { upload, digest } })).resolves.toMatchObject({ added: 2 });
    // The file is deleted once imported, so the same confirmation cannot import it twice.
    await expect(importUpload({ actor, confirmation: { upload, digest } })).rejects.toThrow("no longer have that file");
  });

  it("imports and re-imports more lines than one bulk statement holds", async () => {
    const actor = await officer();
    const lines = Array.from({ length: 1_200 }, (_, i) => tenant(i, { area: `Area ${i % 7}` }));
    await applyImport({ actor, text: csv(lines) });
    expect(await db.customer.count()).toBe(1_200);
    expect(await db.home.count()).toBe(1_200);
    const changed = lines.map((line, i) => (i % 2 === 0 ? { ...line, last_name: `Renamed${i}`, town: "Glen" } : line));
    const result = await applyImport({ actor, text: csv(changed) });
    expect(result).toMatchObject({ added: 0, updated: 600, unchanged: 600, homesUpdated: 600 });
    expect(await db.customer.count({ where: { lastName: { startsWith: "Renamed" } } })).toBe(600);
    expect(await db.home.count({ where: { town: "Glen" } })).toBe(600);
  });
});
