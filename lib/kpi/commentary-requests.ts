import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import { calendarDate, isoDay, type Quarter, ukDay } from "@/lib/uk-time";
import { buildPackContent, unexplainedExceptions } from "./pack";
import { PACK_PRESENTED } from "./save-pack-commentary";
import { OPEN_REQUEST } from "./commentary-open";
import { emailRequest } from "./commentary-reminders";
import { isInProgress } from "./rules";

type Options = {
  actor: Actor;
  quarter: Quarter;
  officerId: string;
  dueOn: Date;
  /** One exception, or every exception still without commentary. */
  kpiCode?: string;
  now?: Date;
};

/**
 * Asks an officer for commentary on the quarter's exceptions: one request per off-target KPI, each emailed now and
 * reminded shortly before it is due. Asking again for a KPI passes it to the new officer with the new date.
 */
export const requestCommentary = async ({ actor, quarter, officerId, dueOn, kpiCode, now = new Date() }: Options) => {
  if (isInProgress(quarter, now)) throw new DomainError("This quarter has not finished, so nothing is off target yet.");
  if (isoDay(dueOn) < ukDay(now))
    throw new DomainError("Choose a date from today", { dueOn: "Choose a date from today" });
  const content = await buildPackContent(quarter, now);
  const unexplained = unexplainedExceptions(content).filter((tile) => !kpiCode || tile.code === kpiCode);
  if (unexplained.length === 0)
    throw new DomainError(
      kpiCode ? "That KPI is on target or already has commentary." : "Every exception already has commentary.",
      kpiCode ? { kpiCode: "Choose an off-target KPI without commentary" } : {},
    );
  const officer = await db.$transaction(async (tx) => {
    const pack = await tx.performancePack.upsert({
      where: { year_quarter: quarter },
      create: quarter,
      update: {},
      select: { id: true, presentedAt: true },
    });
    if (pack.presentedAt) throw new DomainError(PACK_PRESENTED);
    const officer = await tx.user.findFirst({
      where: { id: officerId, role: { in: ["OFFICER", "ADMIN"] }, disabledAt: null },
      select: { name: true, email: true },
    });
    if (!officer) throw notFoundError("officer");
    for (const tile of unexplained) {
      const key = { year_quarter_kpiCode: { ...quarter, kpiCode: tile.code } };
      const data = { officerId, dueOn: calendarDate(isoDay(dueOn)), requestedById: actor.id, remindedAt: null };
      await tx.commentaryRequest.upsert({
        where: key,
        create: { ...quarter, kpiCode: tile.code, ...data },
        update: data,
      });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "kpi.commentary_requested",
      entityType: "PerformancePack",
      entityId: pack.id,
      details: { officerId, dueOn: isoDay(dueOn), codes: unexplained.map((tile) => tile.code) },
    });
    return officer;
  });
  for (const tile of unexplained) await emailRequest({ kpiCode: tile.code, officer, dueOn, quarter }, false);
  return { requested: unexplained.length };
};

type OpenRow = { id: string; year: number; quarter: number; kpiCode: string; dueOn: Date; officerId: string };

/** Requests whose KPI still has no commentary in its quarter's pack (answering is writing the commentary). */
const openRequests = (userId?: string) =>
  db.$queryRaw<OpenRow[]>`
    SELECT r."id", r."year", r."quarter", r."kpiCode", r."dueOn", r."officerId"
    FROM "CommentaryRequest" r
    WHERE (${userId ?? null}::text IS NULL OR r."officerId" = ${userId ?? null}) AND ${OPEN_REQUEST}
    ORDER BY r."dueOn", r."kpiCode"`;

/** Open commentary requests, everyone's or one officer's: for the staff home's work list. */
export const countOpenCommentaryRequests = async (userId?: string) => (await openRequests(userId)).length;

/** One officer's open requests, soonest due first, with the KPI's name. */
export const listOpenCommentaryRequests = async (userId: string) => {
  const rows = await openRequests(userId);
  const kpis = await db.kpi.findMany({
    where: { code: { in: [...new Set(rows.map((row) => row.kpiCode))] } },
    select: { code: true, name: true },
  });
  const names = new Map(kpis.map((kpi) => [kpi.code, kpi.name]));
  return rows.map((row) => ({ ...row, kpiName: names.get(row.kpiCode) ?? row.kpiCode }));
};
