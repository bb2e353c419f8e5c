import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Fields = Omit<Prisma.LandlordUpdateInput, "id" | "updatedAt">;

// Images are audited by their size, not their bytes.
const auditable = (fields: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(fields).map(([key, value]) => [
      key,
      value instanceof Uint8Array ? `${value.byteLength} bytes` : (value ?? null),
    ]),
  );

/** Changes some of the landlord's settings and records before and after in the audit log, in one transaction. */
export const saveLandlordFields = async ({ actor, action, fields }: { actor: Actor; action: string; fields: Fields }) =>
  db.$transaction(async (tx) => {
    const select = Object.fromEntries(Object.keys(fields).map((key) => [key, true])) as Prisma.LandlordSelect;
    const before = (await tx.landlord.findUnique({ where: { id: 1 }, select })) ?? {};
    // The landlord row is made by the seed or the first settings save; contact details alone cannot create it.
    await tx.landlord.update({ where: { id: 1 }, data: fields });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action,
      entityType: "Landlord",
      entityId: "1",
      details: JSON.parse(
        JSON.stringify({ before: auditable(before), after: auditable(fields) }),
      ) as Prisma.InputJsonValue,
    });
  });
