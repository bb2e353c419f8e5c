import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { isoDay } from "@/lib/uk-time";
import { financialYearOfDay } from "./rules";

type Application = { groupId: string; appliedOn: Date; purpose: string; amountRequested: number };

/** Records a registered tenants' organisation's application; only a registered RTO can be granted money. */
export const applyForGrant = ({ actor, input }: { actor: Actor; input: Application }) =>
  db.$transaction(async (tx) => {
    const group = await tx.group.findUnique({ where: { id: input.groupId }, select: { type: true, rtoStatus: true } });
    if (!group || group.type !== "RTO" || group.rtoStatus !== "REGISTERED") {
      throw new DomainError("Grants are for registered tenants' organisations.", {
        groupId: "Choose a registered tenants' organisation",
      });
    }
    const grant = await tx.grant.create({
      data: {
        groupId: input.groupId,
        year: financialYearOfDay(input.appliedOn),
        appliedOn: input.appliedOn,
        purpose: input.purpose,
        amountRequestedPence: input.amountRequested,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "grant.applied",
      entityType: "Grant",
      entityId: grant.id,
      details: { on: isoDay(input.appliedOn), pence: input.amountRequested },
    });
    return grant;
  });
