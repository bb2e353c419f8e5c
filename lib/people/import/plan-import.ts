import type { Tx } from "@/lib/db";
import type { ImportColumn } from "./columns";
import { byLine, type Problem } from "@/lib/uploads/problems";
import { chunks } from "@/lib/uploads/rules";
import { customerChanges, homeChanges, planDigest } from "./rules";
import type { CustomerFields, ImportHome, ImportRow, ParsedCustomerFile, RowAction } from "./types";

/** The reads a plan needs, so it runs through the client (preview) or inside the import's transaction alike. */
export type CustomerStore = {
  area: Pick<Tx["area"], "findMany">;
  home: Pick<Tx["home"], "findMany">;
  customer: Pick<Tx["customer"], "findMany">;
};

export type PlannedRow = ImportRow & { action: RowAction; changes: ImportColumn[] };

export type ImportPlan = {
  rows: PlannedRow[];
  errors: Problem[];
  counts: Record<RowAction, number>;
  newAreas: string[];
  homes: { add: ImportHome[]; update: (ImportHome & { id: string })[] };
  customers: { add: ImportRow[]; update: (ImportRow & { id: string })[] };
  /** Existing areas by lower-cased name, and existing homes by reference, for the writes to link to. */
  areaIds: Map<string, string>;
  homeIds: Map<string, string>;
  digest: string;
};

// Well inside PostgreSQL's 65,535 bound values per statement.
const LOOKUP_CHUNK = 10_000;

const findByReference = async <T>(references: string[], find: (chunk: string[]) => Promise<T[]>) => {
  const found: T[] = [];
  for (const chunk of chunks(references, LOOKUP_CHUNK)) found.push(...(await find(chunk)));
  return found;
};

const findHomes = (store: CustomerStore, references: string[]) =>
  findByReference(references, (chunk) =>
    store.home.findMany({
      where: { reference: { in: chunk } },
      select: {
        id: true,
        reference: true,
        addressLine1: true,
        addressLine2: true,
        town: true,
        postcode: true,
        stockType: true,
        hasCommunalAreas: true,
        area: { select: { name: true } },
      },
    }),
  );

const findCustomers = (store: CustomerStore, references: string[]) =>
  findByReference(references, (chunk) =>
    store.customer.findMany({
      where: { reference: { in: chunk } },
      select: {
        id: true,
        reference: true,
        kind: true,
        status: true,
        firstName: true,
        lastName: true,
        email: true,
        phone: true,
        anonymisedAt: true,
        home: { select: { reference: true } },
      },
    }),
  );

const uniqueHomes = (rows: ImportRow[]) => {
  const homes = new Map<string, ImportHome>();
  for (const { home } of rows) if (home && !homes.has(home.reference)) homes.set(home.reference, home);
  return [...homes.values()];
};

/** Area names new to the database, each once, spelt as on its first line. */
const newAreaNames = (homes: ImportHome[], areaIds: Map<string, string>) => {
  const names = new Map<string, string>();
  for (const { area } of homes)
    if (!areaIds.has(area.toLowerCase()) && !names.has(area.toLowerCase())) names.set(area.toLowerCase(), area);
  return [...names.values()];
};

const planHomes = async (store: CustomerStore, homes: ImportHome[]) => {
  const existing = new Map(
    (
      await findHomes(
        store,
        homes.map((home) => home.reference),
      )
    ).map((home) => [home.reference, home]),
  );
  const changes = new Map<string, ImportColumn[]>();
  const plan: ImportPlan["homes"] = { add: [], update: [] };
  for (const home of homes) {
    const current = existing.get(home.reference);
    if (!current) {
      plan.add.push(home);
      continue;
    }
    const changed = homeChanges(home, { ...current, area: current.area.name });
    changes.set(home.reference, changed);
    if (changed.length > 0) plan.update.push({ ...home, id: current.id });
  }
  return { plan, changes, homeIds: new Map([...existing.values()].map((home) => [home.reference, home.id])) };
};

const ANONYMISED =
  "This customer's details were removed after they asked us to delete them, so an import cannot add them back";

/**
 * Compares the file with the database in a handful of bulk reads and decides, line by line, what an import
 * would add, update or leave alone. Writes nothing, so the preview and the import itself can share it; `upload` is
 * the stored file's id, which the digest binds the plan to.
 */
export const planImport = async (
  store: CustomerStore,
  parsed: ParsedCustomerFile,
  upload: string,
): Promise<ImportPlan> => {
  const areaIds = new Map(
    (await store.area.findMany({ select: { id: true, name: true } })).map((area) => [area.name.toLowerCase(), area.id]),
  );
  const homes = uniqueHomes(parsed.rows);
  const { plan: homePlan, changes: homeChangesByReference, homeIds } = await planHomes(store, homes);
  const existing = new Map(
    (
      await findCustomers(
        store,
        parsed.rows.map((row) => row.reference),
      )
    ).map((customer) => [customer.reference, customer]),
  );
  const errors = [...parsed.errors];
  const rows: PlannedRow[] = [];
  const customers: ImportPlan["customers"] = { add: [], update: [] };
  for (const row of parsed.rows) {
    const current = existing.get(row.reference);
    if (current?.anonymisedAt) {
      errors.push({ line: row.line, column: "customer_reference", message: ANONYMISED });
      continue;
    }
    if (!current) {
      customers.add.push(row);
      rows.push({ ...row, action: "add", changes: [] });
      continue;
    }
    const fields: CustomerFields = { ...current, homeReference: current.home?.reference ?? null };
    const ownChanges = customerChanges(row, fields);
    if (ownChanges.length > 0) customers.update.push({ ...row, id: current.id });
    const changes = [...ownChanges, ...((row.home && homeChangesByReference.get(row.home.reference)) || [])];
    rows.push({ ...row, action: changes.length > 0 ? "update" : "unchanged", changes });
  }
  const newAreas = newAreaNames(homes, areaIds);
  const count = (action: RowAction) => rows.filter((row) => row.action === action).length;
  return {
    rows,
    errors: errors.sort(byLine),
    counts: { add: count("add"), update: count("update"), unchanged: count("unchanged") },
    newAreas,
    homes: homePlan,
    customers,
    areaIds,
    homeIds,
    digest: planDigest(upload, rows, newAreas),
  };
};
