import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { AnnualReportSection } from "@/lib/generated/prisma/enums";
import { draftReport } from "./guards";

type Part = { section: AnnualReportSection; included: boolean; commentary: string; featured: string[] };
type Options = { actor: Actor; year: number; part: Part };

/** An officer's choices for one section of a draft: in or out, the commentary, and the items featured. */
export const saveReportPart = ({ actor, year, part }: Options) =>
  db.$transaction(async (tx) => {
    const report = await draftReport(tx, year);
    const { section, ...choices } = part;
    await tx.annualReportPart.upsert({
      where: { reportId_section: { reportId: report.id, section } },
      create: { reportId: report.id, ...part },
      update: choices,
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "annual_report.section_saved",
      entityType: "AnnualReport",
      entityId: report.id,
      details: { year, ...part },
    });
  });

/** The report's opening words, from the chief executive or the chair of the tenants' panel. */
export const saveIntroduction = ({ actor, year, introduction }: Omit<Options, "part"> & { introduction: string }) =>
  db.$transaction(async (tx) => {
    const report = await draftReport(tx, year);
    await tx.annualReport.update({ where: { id: report.id }, data: { introduction } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: "annual_report.introduction_saved",
      entityType: "AnnualReport",
      entityId: report.id,
      details: { year, introduction },
    });
  });
