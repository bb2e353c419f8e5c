import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PartForm } from "@/components/annual-report/part-form";
import { PageHeading } from "@/components/ui/page-heading";
import { REPORT_SECTIONS } from "@/lib/annual-report/rules";
import { ZReportYear } from "@/lib/annual-report/schemas";
import { featurableKpis, getReportChoices } from "@/lib/annual-report/staff-queries";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { financialYearLabel } from "@/lib/uk-time";
import { saveReportPartAction } from "../../actions";

type Props = { params: Promise<{ year: string; section: string }> };

export const metadata: Metadata = { title: "Annual report section" };

/** One section of a draft report: in or out, commentary, featured KPIs. */
const ReportSectionPage = async ({ params }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const raw = await params;
  const year = ZReportYear.safeParse({ year: raw.year });
  const section = REPORT_SECTIONS.find(({ key }) => key.toLowerCase() === raw.section);
  if (!year.success || !section) notFound();
  const [report, featurable] = await Promise.all([getReportChoices(year.data.year), featurableKpis(section.key)]);
  if (!report || report.publishedAt) notFound();
  const part = report.parts.find((entry) => entry.section === section.key);
  if (!part) notFound();
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={`/staff/annual-report/${report.year}`}>Back to the report</Link>
      </p>
      <PageHeading caption={`Annual report ${financialYearLabel(report.year)}`}>{section.title}</PageHeading>
      <PartForm
        action={saveReportPartAction}
        year={report.year}
        section={section.key}
        title={section.title}
        included={part.included}
        commentary={part.commentary}
        featurable={featurable}
        featured={part.featured}
      />
    </div>
  );
};

export default ReportSectionPage;
