import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { isoDay } from "@/lib/uk-time";

type Options = {
  actor: Actor;
  strategyId: string;
  year: number;
  quarter: number;
  presentedOn: Date;
  meeting: string;
};

/** Records (or corrects) when a quarter's report went to the board. */
export const recordReportPresentation = async ({ actor, strategyId, year, quarter, presentedOn, meeting }: Options) =>
  db.$transaction(async (tx) => {
    const strategy = await tx.strategy.findUnique({ where: { id: strategyId }, select: { id: true } });
    if (!strategy) throw notFoundError("strategy");
    const saved = await tx.strategyReportPresentation.upsert({
      where: { strategyId_year_quarter: { strategyId, year, quarter } },
      create: { strategyId, year, quarter, presentedOn, meeting, recordedById: actor.id },
      update: { presentedOn, meeting, recordedById: actor.id },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "strategy.report_presented",
      entityType: "Strategy",
      entityId: strategyId,
      details: { year, quarter, meeting, presentedOn: isoDay(presentedOn), presentationId: saved.id },
    });
  });
