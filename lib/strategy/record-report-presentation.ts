import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { notFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { ReportBody } from "@/lib/generated/prisma/enums";
import { isoDay } from "@/lib/uk-time";

type Options = {
  actor: Actor;
  strategyId: string;
  year: number;
  /** 1 to 4 for a quarterly report; 0 for the annual monitoring report. */
  quarter: number;
  body: ReportBody;
  presentedOn: Date;
  meeting: string;
  minuteRef?: string | undefined;
};

/** Records (or corrects) when a report went to one body: the board, the tenants' board or a scrutiny committee. */
export const recordReportPresentation = async ({ actor, strategyId, year, quarter, body, ...meeting }: Options) =>
  db.$transaction(async (tx) => {
    const strategy = await tx.strategy.findUnique({ where: { id: strategyId }, select: { id: true } });
    if (!strategy) throw notFoundError("strategy");
    const fields = { ...meeting, minuteRef: meeting.minuteRef ?? null, recordedById: actor.id };
    const saved = await tx.strategyReportPresentation.upsert({
      where: { strategyId_year_quarter_body: { strategyId, year, quarter, body } },
      create: { strategyId, year, quarter, body, ...fields },
      update: fields,
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "strategy.report_presented",
      entityType: "Strategy",
      entityId: strategyId,
      details: {
        year,
        quarter,
        body,
        meeting: meeting.meeting,
        minuteRef: fields.minuteRef,
        presentedOn: isoDay(meeting.presentedOn),
        presentationId: saved.id,
      },
    });
  });
