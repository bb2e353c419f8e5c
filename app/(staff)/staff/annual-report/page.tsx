import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { listAnnualReports } from "@/lib/annual-report/queries";
import { startableYears } from "@/lib/annual-report/rules";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { financialYearLabel } from "@/lib/uk-time";
import { startReportAction } from "./actions";

export const metadata: Metadata = { title: "Annual report to tenants" };

const AnnualReportsPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const reports = await listAnnualReports();
  const startable = startableYears(new Date()).filter((year) => !reports.some((report) => report.year === year));
  return (
    <div className="max-w-3xl">
      <PageHeading>Annual report to tenants</PageHeading>
      <p className="mb-6">
        Each year&apos;s report is put together from Involve&apos;s own figures. Add commentary to each section, choose
        what to feature, then publish it once the year has ended. Also see{" "}
        <Link href="/staff/service-standards">the customer service standards</Link>.
      </p>
      {reports.length === 0 ? (
        <p className="mb-8">No report has been started yet.</p>
      ) : (
        <ul className="mb-8 list-disc space-y-2 pl-6">
          {reports.map((report) => (
            <li key={report.year}>
              <Link href={`/staff/annual-report/${report.year}`}>Annual report {financialYearLabel(report.year)}</Link>{" "}
              ({report.publishedAt ? "published" : "draft"})
            </li>
          ))}
        </ul>
      )}
      {startable.length > 0 && (
        <ActionForm
          action={startReportAction}
          label="Start a report"
          fields={[
            { kind: "heading", name: "start", label: "Start a report" },
            {
              kind: "radio",
              name: "year",
              label: "Which financial year?",
              options: startable.map((year) => ({ value: String(year), label: financialYearLabel(year) })),
            },
          ]}
          submit="Start the report"
        />
      )}
    </div>
  );
};

export default AnnualReportsPage;
