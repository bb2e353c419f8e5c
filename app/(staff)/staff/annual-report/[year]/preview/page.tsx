import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportView } from "@/components/annual-report/report-view";
import { PageHeading } from "@/components/ui/page-heading";
import { getAnnualReport } from "@/lib/annual-report/queries";
import { ZReportYear } from "@/lib/annual-report/schemas";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";

type Props = { params: Promise<{ year: string }> };

export const metadata: Metadata = { title: "Annual report preview" };

/** The draft as tenants will read it, with today's figures. */
const ReportPreviewPage = async ({ params }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const year = ZReportYear.safeParse({ year: (await params).year });
  if (!year.success) notFound();
  const report = await getAnnualReport(year.data.year, new Date());
  if (!report) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href={`/staff/annual-report/${year.data.year}`}>Back to the report</Link>
      </p>
      <PageHeading caption={report.status === "DRAFT" ? "Preview of the draft" : "As published"}>
        Our year {report.content.yearLabel}
      </PageHeading>
      <ReportView content={report.content} />
    </>
  );
};

export default ReportPreviewPage;
