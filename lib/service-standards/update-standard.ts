import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { ServiceChannel } from "@/lib/generated/prisma/enums";

type Options = { actor: Actor; channel: ServiceChannel; promise: string; kpiCode: string | null };

/** The landlord's promise for one channel and the KPI that measures it (one of the library's, not retired). */
export const updateServiceStandard = ({ actor, channel, promise, kpiCode }: Options) =>
  db.$transaction(async (tx) => {
    if (kpiCode && !(await tx.kpi.findFirst({ where: { code: kpiCode, retiredAt: null }, select: { id: true } })))
      throw new DomainError("Choose a KPI from the list.", { kpiCode: "Choose a KPI from the list" });
    const data = { promise, kpiCode };
    await tx.serviceStandard.upsert({ where: { channel }, create: { channel, ...data }, update: data });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "service_standard.updated",
      entityType: "ServiceStandard",
      entityId: channel,
      details: data,
    });
  });
