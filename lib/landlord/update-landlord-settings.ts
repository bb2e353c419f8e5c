import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import type { LandlordSettings } from "./schemas";
import type { Actor } from "@/lib/auth/actor";

/** The regime decides which regulator's measures (TSM or ARC) the portal reports. */
export const updateLandlordSettings = async (options: { actor: Actor; settings: LandlordSettings }) => {
  const { actor, settings } = options;
  await db.$transaction(async (tx) => {
    const before = await tx.landlord.findUnique({
      where: { id: 1 },
      select: { name: true, regime: true, secondFactorRequiredFor: true },
    });
    await tx.landlord.upsert({ where: { id: 1 }, create: { id: 1, ...settings }, update: settings });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "landlord.settings.updated",
      entityType: "Landlord",
      entityId: "1",
      details: { before, after: settings },
    });
  });
};
