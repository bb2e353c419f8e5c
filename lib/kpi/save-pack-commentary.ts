import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Quarter } from "./rules";

export const PACK_PRESENTED = "This pack has been presented to the board, so it can no longer be changed.";

/** An officer's commentary on one exception; once the pack is presented it is frozen (a database trigger too). */
export const savePackCommentary = async ({ actor, quarter, kpiCode, text }: { actor: { id: string }; quarter: Quarter; kpiCode: string; text: string }) =>
  db.$transaction(async (tx) => {
    const kpi = await tx.kpi.findUnique({ where: { code: kpiCode }, select: { id: true } });
    if (!kpi) throw new DomainError("That KPI could not be found.");
    const pack = await tx.performancePack.upsert({ where: { year_quarter: quarter }, create: quarter, update: {}, select: { id: true, presentedAt: true } });
    if (pack.presentedAt) throw new DomainError(PACK_PRESENTED);
    await tx.packCommentary.upsert({
      where: { packId_kpiCode: { packId: pack.id, kpiCode } },
      create: { packId: pack.id, kpiCode, text, authorId: actor.id },
      update: { text, authorId: actor.id },
    });
    await recordAuditEvent(tx, { actorId: actor.id, action: "kpi.pack_commentary_saved", entityType: "PerformancePack", entityId: pack.id, details: { kpiCode } });
  });
