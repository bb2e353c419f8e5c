import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { parseCustomerCsv } from "./parse-customer-csv";
import { planImport } from "./plan-import";
import { sha256 } from "./rules";
import type { ImportError } from "./types";
import { writeImport } from "./write-import";

export const IMPORT_AUDIT_ACTION = "customers.imported";

type Options = {
  actor: { id: string };
  text: string;
  /** The plan digest the officer saw in the preview; the import is refused if the records have moved on since. */
  expectedPlan?: string;
  now?: Date;
};

export type ImportResult = {
  eventId: string;
  added: number;
  updated: number;
  unchanged: number;
  homesAdded: number;
  homesUpdated: number;
  areasAdded: string[];
};

const refuseIfErrors = (errors: ImportError[]) => {
  if (errors.length === 0) return;
  const problems = errors.length === 1 ? "1 problem" : `${errors.length} problems`;
  throw new DomainError(`The file has ${problems}, so nothing has been imported. Correct the file and upload it again.`);
};

const CHANGED_SINCE_PREVIEW =
  "Customer records changed after you checked this file, so nothing has been imported. Check the file again before you confirm.";

/**
 * Imports a customer file all or nothing. The file is planned again inside the transaction, holding a lock
 * that makes concurrent imports wait their turn, so what is written always matches the database it is written to.
 */
export const applyImport = async ({ actor, text, expectedPlan, now = new Date() }: Options): Promise<ImportResult> => {
  const parsed = parseCustomerCsv(text);
  refuseIfErrors(parsed.errors);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('involve.customer-import'))`;
      const plan = await planImport(tx, parsed);
      refuseIfErrors(plan.errors);
      if (expectedPlan !== undefined && plan.digest !== expectedPlan) throw new DomainError(CHANGED_SINCE_PREVIEW);
      await writeImport(tx, plan, now);
      const summary = {
        added: plan.counts.add,
        updated: plan.counts.update,
        unchanged: plan.counts.unchanged,
        homesAdded: plan.homes.add.length,
        homesUpdated: plan.homes.update.length,
        areasAdded: plan.newAreas,
      };
      const fileSha256 = sha256(text);
      const event = await recordAuditEvent(tx, {
        actorId: actor.id,
        action: IMPORT_AUDIT_ACTION,
        entityType: "CustomerImport",
        entityId: fileSha256,
        details: { sha256: fileSha256, lines: plan.rows.length, ...summary },
      });
      return { eventId: event.id.toString(), ...summary };
    },
    // Tens of thousands of rows take seconds, not the five-second default.
    { maxWait: 10_000, timeout: 5 * 60_000 },
  );
};
