import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Quarter } from "@/lib/uk-time";

export const PACK_PRESENTED = "This pack has been presented to the board, so it can no longer be changed.";

type Entry = { kpiCode: string; text: string; action: string | null; recoveryBy: string | null };

type Options = { actor: Actor; quarter: Quarter; commentary: Entry[] };

/**
 * Officers' commentary on the pack's exceptions, all boxes at once; an empty box removes its commentary.
 * Once the pack is presented it is frozen (a database trigger refuses the change too).
 */
export const savePackCommentary = async ({ actor, quarter, commentary }: Options) =>
  db.$transaction(async (tx) => {
    const known = await tx.kpi.findMany({
      where: { code: { in: commentary.map((entry) => entry.kpiCode) } },
      select: { code: true },
    });
    if (known.length !== commentary.length)
      throw new DomainError("One of those KPIs could not be found. Reload the page and try again.");
    const pack = await tx.performancePack.upsert({
      where: { year_quarter: quarter },
      create: quarter,
      update: {},
      select: { id: true, presentedAt: true },
    });
    if (pack.presentedAt) throw new DomainError(PACK_PRESENTED);
    for (const { kpiCode, text, action, recoveryBy } of commentary) {
      const key = { packId_kpiCode: { packId: pack.id, kpiCode } };
      const explained = { text, action, recoveryBy, authorId: actor.id };
      if (text === "") await tx.packCommentary.deleteMany({ where: { packId: pack.id, kpiCode } });
      else
        await tx.packCommentary.upsert({
          where: key,
          create: { packId: pack.id, kpiCode, ...explained },
          update: explained,
        });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "kpi.pack_commentary_saved",
      entityType: "PerformancePack",
      entityId: pack.id,
      details: { codes: commentary.map((entry) => entry.kpiCode) },
    });
  });
