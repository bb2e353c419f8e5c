import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { DigestCheck } from "@/lib/uploads/confirm-upload";
import type { Problem } from "@/lib/uploads/problems";
import { sha256 } from "@/lib/uploads/rules";
import { parseCustomerCsv } from "./parse-customer-csv";
import { planImport } from "./plan-import";
import { writeImport } from "./write-import";

export const IMPORT_AUDIT_ACTION = "customers.imported";

type Options = {
  actor: Actor;
  text: string;
  /** Refuses the import unless the plan is still the one the officer saw in the preview. */
  checkDigest?: DigestCheck;
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

const refuseIfErrors = (errors: Problem[]) => {
  if (errors.length === 0) return;
  const problems = errors.length === 1 ? "1 problem" : `${errors.length} problems`;
  throw new DomainError(
    `The file has ${problems}, so nothing has been imported. Correct the file and upload it again.`,
  );
};

/**
 * Imports a customer file all or nothing. The file is planned again inside the transaction, holding a lock
 * that makes concurrent imports wait their turn, so what is written always matches the database it is written to.
 */
export const applyImport = async ({ actor, text, checkDigest, now = new Date() }: Options): Promise<ImportResult> => {
  const parsed = await parseCustomerCsv(text);
  const fileSha256 = sha256(text);
  refuseIfErrors(parsed.errors);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('involve.customer-import'))`;
      const plan = await planImport(tx, parsed, fileSha256);
      refuseIfErrors(plan.errors);
      checkDigest?.(plan.digest);
      await writeImport(tx, plan, now);
      const summary = {
        added: plan.counts.add,
        updated: plan.counts.update,
        unchanged: plan.counts.unchanged,
        homesAdded: plan.homes.add.length,
        homesUpdated: plan.homes.update.length,
        areasAdded: plan.newAreas,
      };
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
