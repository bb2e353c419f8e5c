import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { isoDay } from "@/lib/uk-time";

/** The group's annual accounts for an approved grant have arrived: this clears the overdue flag. */
export const recordGrantAccounts = ({
  actor,
  input,
}: {
  actor: Actor;
  input: { grantId: string; accountsReceivedOn: Date };
}) =>
  db.$transaction(async (tx) => {
    const { count } = await tx.grant.updateMany({
      where: { id: input.grantId, status: "APPROVED" },
      data: { accountsReceivedOn: input.accountsReceivedOn },
    });
    if (count === 0) {
      if (!(await tx.grant.count({ where: { id: input.grantId } }))) throw notFoundError("grant");
      throw new DomainError("Accounts are only asked of groups whose grant was approved.");
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "grant.accounts_received",
      entityType: "Grant",
      entityId: input.grantId,
      details: { on: isoDay(input.accountsReceivedOn) },
    });
  });
