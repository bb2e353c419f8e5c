import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { DomainError, notFoundError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildReportContent } from "./content";
import { allParts } from "./queries";
import { publishRefusal } from "./rules";

type Options = { actor: Actor; year: number; now?: Date };

/**
 * Publishes a year's report: every figure and word as it stands is stored, and from then on the database refuses
 * any change to it (trigger `annual_report_frozen`), so what tenants read never moves.
 */
export const publishReport = async ({ actor, year, now = new Date() }: Options) => {
  const report = await db.annualReport.findUnique({
    where: { year },
    select: {
      id: true,
      year: true,
      introduction: true,
      publishedAt: true,
      parts: { select: { section: true, included: true, commentary: true, featured: true } },
    },
  });
  if (!report) throw notFoundError("annual report");
  const refusal = publishRefusal(report, now);
  if (refusal) throw new DomainError(refusal);
  const content = await buildReportContent({
    year,
    introduction: report.introduction,
    parts: allParts(report.parts),
    now,
  });
  const snapshot = { ...content, publishedOn: now.toISOString() };
  await db.$transaction(async (tx) => {
    // Conditional, so two officers publishing at once cannot both store a snapshot.
    const { count } = await tx.annualReport.updateMany({
      where: { id: report.id, publishedAt: null },
      data: { snapshot: snapshot as unknown as Prisma.InputJsonValue, publishedAt: now, publishedById: actor.id },
    });
    if (count === 0) throw new DomainError("This report is already published. A published report cannot be changed.");
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "annual_report.published",
      entityType: "AnnualReport",
      entityId: report.id,
      details: { year },
    });
  });
};
