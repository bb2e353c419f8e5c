import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { RtoRegistration } from "./schemas";
import type { Actor } from "@/lib/auth/actor";
import { isoDay } from "@/lib/uk-time";

type Options = { actor: Actor; registration: RtoRegistration };

/** Only a group of type RTO has a register entry; the update is conditional on that, so a changed type cannot slip through. */
export const updateRtoRegistration = async ({ actor, registration }: Options) => {
  const { groupId, deregistrationReason, ...entry } = registration;
  const data = { ...entry, deregistrationReason: entry.rtoStatus === "DEREGISTERED" ? deregistrationReason : null };
  await db.$transaction(async (tx) => {
    const { count } = await tx.group.updateMany({ where: { id: groupId, type: "RTO" }, data });
    if (count === 0) throw new DomainError("Only a Registered Tenant Organisation has an entry on the register.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "group.rto_register.updated",
      entityType: "Group",
      entityId: groupId,
      details: { ...data, rtoRegisteredOn: isoDay(data.rtoRegisteredOn) },
    });
  });
};
