import { db } from "@/lib/db";
import { getAnnualReport } from "./queries";
import { SECTION_TITLE } from "./rules";
import { includedParts, sectionBody } from "./rows";

/**
 * The draft report as a group of tenants reads it to comment (lib/reviews): each section's commentary, sentences
 * and table rows as plain text, with today's figures.
 */
export const loadReportForReview = async (id: string, now = new Date()) => {
  const row = await db.annualReport.findUnique({ where: { id }, select: { year: true } });
  const report = row && (await getAnnualReport(row.year, now));
  if (!report) return null;
  const { content } = report;
  return {
    title: `Annual report to tenants ${content.yearLabel}`,
    introduction: content.introduction || undefined,
    sections: includedParts(content).map((part) => {
      const body = sectionBody(content, part);
      return {
        heading: SECTION_TITLE[part.section],
        paragraphs: [
          ...(part.commentary ? [part.commentary] : []),
          ...body.lines,
          ...body.tables.flatMap((table) => [
            `${table.caption}:`,
            ...table.rows.map((cells) => cells.map((cell, index) => `${table.header[index]}: ${cell}`).join("; ")),
          ]),
        ],
      };
    }),
    isDraft: report.status === "DRAFT",
    staffHref: `/staff/annual-report/${content.year}`,
  };
};
