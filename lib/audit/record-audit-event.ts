import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEventInput = {
  /** Null for people without an account: a failed sign-in, a customer unsubscribing from an email link. */
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  details?: Prisma.InputJsonValue;
};

/** Call inside the transaction that makes the change, so the record and the change stand or fall together. */
export const recordAuditEvent = (tx: Tx, event: AuditEventInput) => tx.auditEvent.create({ data: event });
