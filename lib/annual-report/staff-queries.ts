import { db } from "@/lib/db";
import type { AnnualReportSection } from "@/lib/generated/prisma/enums";
import { allParts } from "./queries";
import { SECTIONS_APART } from "./rows";

/** A report's status and the officers' choices, without assembling its figures: the staff overview is quick. */
export const getReportChoices = async (year: number) => {
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
  return report && { ...report, parts: allParts(report.parts) };
};

/** The KPIs an officer may feature in a section: those the section's table shows. */
export const featurableKpis = async (section: AnnualReportSection) => {
  const where =
    section === "KPIS"
      ? { section: { notIn: [...SECTIONS_APART] } }
      : section === "COMPLAINTS" || section === "SERVICE_STANDARDS"
        ? { section }
        : null;
  if (!where) return [];
  const kpis = await db.kpi.findMany({
    where: { retiredAt: null, ...where },
    orderBy: [{ section: "asc" }, { position: "asc" }, { code: "asc" }],
    select: { code: true, name: true },
  });
  return kpis.map((kpi) => ({ value: kpi.code, label: `${kpi.code} ${kpi.name}` }));
};
