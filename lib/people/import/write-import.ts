import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { ImportPlan } from "./plan-import";
import { chunks } from "@/lib/uploads/rules";
import type { ImportHome, ImportRow } from "./types";

/*
 * Homes and customers go in through unnest(): one array per column, so a statement binds a handful of
 * values however many rows it carries. Measured at 50,000 lines this is several times faster than
 * createMany or multi-row VALUES (see scripts/bench-import.ts). Ids are UUIDs made here, so new
 * customers can be linked to new homes without reading the homes back.
 */
const WRITE_CHUNK = 10_000;

const idOf = (ids: Map<string, string>, key: string) => {
  const id = ids.get(key);
  if (!id) throw new Error(`The import plan has no id for ${key}`);
  return id;
};

const column = <T, V>(rows: T[], value: (row: T) => V) => rows.map(value);

const addAreas = async (tx: Tx, names: string[], areaIds: Map<string, string>) => {
  const created = await tx.area.createManyAndReturn({
    data: names.map((name) => ({ name })),
    select: { id: true, name: true },
  });
  for (const area of created) areaIds.set(area.name.toLowerCase(), area.id);
};

type HomeRecord = ImportHome & { id: string; areaId: string };

const addHomes = (tx: Tx, homes: HomeRecord[]) =>
  tx.$executeRaw`
    INSERT INTO "Home" ("id", "reference", "addressLine1", "addressLine2", "town", "postcode", "areaId", "stockType", "hasCommunalAreas")
    SELECT id, reference, address_line_1, address_line_2, town, postcode, area_id, stock_type::"StockType", communal
    FROM unnest(
      ${column(homes, (h) => h.id)}::text[], ${column(homes, (h) => h.reference)}::text[],
      ${column(homes, (h) => h.addressLine1)}::text[], ${column(homes, (h) => h.addressLine2)}::text[],
      ${column(homes, (h) => h.town)}::text[], ${column(homes, (h) => h.postcode)}::text[],
      ${column(homes, (h) => h.areaId)}::text[], ${column(homes, (h) => h.stockType)}::text[],
      ${column(homes, (h) => h.hasCommunalAreas)}::boolean[]
    ) AS v(id, reference, address_line_1, address_line_2, town, postcode, area_id, stock_type, communal)`;

const updateHomes = (tx: Tx, homes: HomeRecord[]) =>
  tx.$executeRaw`
    UPDATE "Home" AS h SET
      "addressLine1" = v.address_line_1, "addressLine2" = v.address_line_2, "town" = v.town, "postcode" = v.postcode,
      "areaId" = v.area_id, "stockType" = v.stock_type::"StockType", "hasCommunalAreas" = v.communal
    FROM unnest(
      ${column(homes, (h) => h.id)}::text[],
      ${column(homes, (h) => h.addressLine1)}::text[], ${column(homes, (h) => h.addressLine2)}::text[],
      ${column(homes, (h) => h.town)}::text[], ${column(homes, (h) => h.postcode)}::text[],
      ${column(homes, (h) => h.areaId)}::text[], ${column(homes, (h) => h.stockType)}::text[],
      ${column(homes, (h) => h.hasCommunalAreas)}::boolean[]
    ) AS v(id, address_line_1, address_line_2, town, postcode, area_id, stock_type, communal)
    WHERE h.id = v.id`;

type CustomerRecord = ImportRow & { id: string; homeId: string | null };

// Raw SQL bypasses Prisma's @updatedAt, so the time is set here: one time for the whole import.
const addCustomers = (tx: Tx, customers: CustomerRecord[], now: Date) =>
  tx.$executeRaw`
    INSERT INTO "Customer" ("id", "reference", "kind", "status", "firstName", "lastName", "email", "phone", "homeId", "createdAt", "updatedAt")
    SELECT id, reference, kind::"CustomerKind", status::"CustomerStatus", first_name, last_name, email, phone, home_id, ${now}, ${now}
    FROM unnest(
      ${column(customers, (c) => c.id)}::text[], ${column(customers, (c) => c.reference)}::text[],
      ${column(customers, (c) => c.kind)}::text[], ${column(customers, (c) => c.status)}::text[],
      ${column(customers, (c) => c.firstName)}::text[], ${column(customers, (c) => c.lastName)}::text[],
      ${column(customers, (c) => c.email)}::text[], ${column(customers, (c) => c.phone)}::text[],
      ${column(customers, (c) => c.homeId)}::text[]
    ) AS v(id, reference, kind, status, first_name, last_name, email, phone, home_id)`;

const updateCustomers = (tx: Tx, customers: CustomerRecord[], now: Date) =>
  tx.$executeRaw`
    UPDATE "Customer" AS c SET
      "kind" = v.kind::"CustomerKind", "status" = v.status::"CustomerStatus", "firstName" = v.first_name,
      "lastName" = v.last_name, "email" = v.email, "phone" = v.phone, "homeId" = v.home_id, "updatedAt" = ${now}
    FROM unnest(
      ${column(customers, (c) => c.id)}::text[],
      ${column(customers, (c) => c.kind)}::text[], ${column(customers, (c) => c.status)}::text[],
      ${column(customers, (c) => c.firstName)}::text[], ${column(customers, (c) => c.lastName)}::text[],
      ${column(customers, (c) => c.email)}::text[], ${column(customers, (c) => c.phone)}::text[],
      ${column(customers, (c) => c.homeId)}::text[]
    ) AS v(id, kind, status, first_name, last_name, email, phone, home_id)
    WHERE c.id = v.id`;

const inChunks = async <T>(rows: T[], write: (chunk: T[]) => Promise<number>) => {
  for (const chunk of chunks(rows, WRITE_CHUNK)) await write(chunk);
};

/** Carries out a plan inside the caller's transaction: areas, then homes, then the customers who live in them. */
export const writeImport = async (tx: Tx, plan: ImportPlan, now: Date) => {
  const areaIds = new Map(plan.areaIds);
  const homeIds = new Map(plan.homeIds);
  if (plan.newAreas.length > 0) await addAreas(tx, plan.newAreas, areaIds);

  const home = (h: ImportHome & { id?: string }): HomeRecord => ({
    ...h,
    id: h.id ?? randomUUID(),
    areaId: idOf(areaIds, h.area.toLowerCase()),
  });
  const newHomes = plan.homes.add.map(home);
  for (const { reference, id } of newHomes) homeIds.set(reference, id);
  await inChunks(newHomes, (chunk) => addHomes(tx, chunk));
  await inChunks(plan.homes.update.map(home), (chunk) => updateHomes(tx, chunk));

  const customer = (row: ImportRow & { id?: string }): CustomerRecord => ({
    ...row,
    id: row.id ?? randomUUID(),
    homeId: row.home ? idOf(homeIds, row.home.reference) : null,
  });
  await inChunks(plan.customers.add.map(customer), (chunk) => addCustomers(tx, chunk, now));
  await inChunks(plan.customers.update.map(customer), (chunk) => updateCustomers(tx, chunk, now));
};
