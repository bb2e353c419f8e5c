import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { isoDay } from "@/lib/uk-time";

type Decision = {
  grantId: string;
  decision: "APPROVED" | "REFUSED";
  decidedOn: Date;
  amountApprovedPence: number | null;
  conditions?: string;
  accountsDueOn?: Date;
};

/** Approves or refuses an application, once: a conditional update, so two officers cannot both decide. */
export const decideGrant = ({ actor, input }: { actor: Actor; input: Decision }) =>
  db.$transaction(async (tx) => {
    const approved = input.decision === "APPROVED";
    const { count } = await tx.grant.updateMany({
      where: { id: input.grantId, status: "APPLIED" },
      data: {
        status: input.decision,
        decidedOn: input.decidedOn,
        amountApprovedPence: approved ? input.amountApprovedPence : null,
        conditions: approved ? (input.conditions ?? null) : null,
        accountsDueOn: approved ? (input.accountsDueOn ?? null) : null,
      },
    });
    if (count === 0) {
      if (!(await tx.grant.count({ where: { id: input.grantId } }))) throw notFoundError("grant");
      throw new DomainError("This grant has already been decided.");
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: approved ? "grant.approved" : "grant.refused",
      entityType: "Grant",
      entityId: input.grantId,
      details: { on: isoDay(input.decidedOn), pence: input.amountApprovedPence },
    });
  });
