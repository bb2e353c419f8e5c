import { db } from "@/lib/db";
import { buildReportContent, type ReportContent, type ReportPart } from "./content";
import { REPORT_SECTIONS } from "./rules";

const reportSelect = {
  id: true,
  year: true,
  introduction: true,
  snapshot: true,
  publishedAt: true,
  parts: { select: { section: true, included: true, commentary: true, featured: true } },
} as const;

/** Every section with the officer's choices, in reading order; a section not yet touched is in, uncommented. */
export const allParts = (saved: ReportPart[]): ReportPart[] =>
  REPORT_SECTIONS.map(
    ({ key }) =>
      saved.find((part) => part.section === key) ?? { section: key, included: true, commentary: "", featured: [] },
  );

export type ReportView = { id: string; status: "PUBLISHED" | "DRAFT"; content: ReportContent };

/**
 * A year's report: as published, exactly as frozen; a draft with today's figures, for staff (and, through the
 * review by tenants, a group reading it) only. The public asks with `publishedOnly`, so a draft is a 404.
 */
export const getAnnualReport = async (year: number, now: Date, { publishedOnly = false } = {}) => {
  const report = await db.annualReport.findUnique({ where: { year }, select: reportSelect });
  if (!report) return null;
  if (report.publishedAt && report.snapshot)
    return { id: report.id, status: "PUBLISHED", content: report.snapshot as unknown as ReportContent } as ReportView;
  if (publishedOnly) return null;
  const content = await buildReportContent({
    year,
    introduction: report.introduction,
    parts: allParts(report.parts),
    now,
  });
  return { id: report.id, status: "DRAFT", content } as ReportView;
};

/** Published reports, newest first: the public list of years. */
export const listPublishedReports = () =>
  db.annualReport.findMany({
    where: { publishedAt: { not: null } },
    orderBy: { year: "desc" },
    select: { year: true, publishedAt: true },
  });

/** Every report, drafts too, for officers. */
export const listAnnualReports = () =>
  db.annualReport.findMany({ orderBy: { year: "desc" }, select: { year: true, publishedAt: true, updatedAt: true } });
