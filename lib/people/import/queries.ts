import { z } from "zod";
import { db } from "@/lib/db";
import { IMPORT_AUDIT_ACTION } from "./apply-import";
import { parseCustomerCsv } from "./parse-customer-csv";
import { planImport, type PlannedRow } from "./plan-import";
import { PROBLEMS_SHOWN } from "@/lib/uploads/rules";
import { SAMPLE_ROWS } from "./rules";
import type { RowAction } from "./types";
import { readUpload } from "@/lib/uploads/upload-store";

const sample = (rows: PlannedRow[], action: RowAction) =>
  rows
    .filter((row) => row.action === action)
    .slice(0, SAMPLE_ROWS)
    .map((row) => ({
      line: row.line,
      reference: row.reference,
      name: `${row.firstName} ${row.lastName}`,
      kind: row.kind,
      home: row.home ? `${row.home.addressLine1}, ${row.home.postcode}` : null,
      changes: row.changes,
    }));

/** What importing a stored file would do, for the officer to check; null when the file has gone. */
export const previewUpload = async (upload: string) => {
  const text = await readUpload(upload);
  if (text === null) return null;
  const plan = await planImport(db, await parseCustomerCsv(text), upload);
  return {
    counts: plan.counts,
    homesToAdd: plan.homes.add.length,
    homesToUpdate: plan.homes.update.length,
    newAreas: plan.newAreas,
    linesWithErrors: new Set(plan.errors.map((error) => error.line)).size,
    errorCount: plan.errors.length,
    errors: plan.errors.slice(0, PROBLEMS_SHOWN),
    toAdd: sample(plan.rows, "add"),
    toUpdate: sample(plan.rows, "update"),
    digest: plan.digest,
  };
};

export type ImportPreview = NonNullable<Awaited<ReturnType<typeof previewUpload>>>;

const ZImportCounts = z.object({ added: z.number(), updated: z.number(), unchanged: z.number() });

/** The counts recorded by an import, shown after the officer confirms it. */
export const getImportResult = async (eventId: string) => {
  if (!/^[0-9]{1,18}$/.test(eventId)) return null;
  const event = await db.auditEvent.findFirst({
    where: { id: BigInt(eventId), action: IMPORT_AUDIT_ACTION },
    select: { details: true },
  });
  const counts = ZImportCounts.safeParse(event?.details);
  return counts.success ? counts.data : null;
};
