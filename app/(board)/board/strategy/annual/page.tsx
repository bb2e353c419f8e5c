import type { Metadata } from "next";
import { MonitoringVerdictList } from "@/components/monitoring/year-reviews";
import { ProgressTable } from "@/components/strategy/progress-table";
import { PresentationsList } from "@/components/strategy/presentations-list";
import { PageHeading } from "@/components/ui/page-heading";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { getAnnualMonitoringReport } from "@/lib/monitoring/annual-report";
import { ZAnnualReportYear } from "@/lib/monitoring/schemas";
import { financialYearLabel, financialYearOf } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Annual monitoring report" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const AnnualMonitoringPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.board);
  const { year = financialYearOf(new Date()) } = ZAnnualReportYear.parse(await searchParams);
  const report = await getAnnualMonitoringReport(year);
  return (
    <>
      <PageHeading caption="Involvement strategy">Annual monitoring report {financialYearLabel(year)}</PageHeading>
      {!report ? (
        <p>There is no approved strategy to report on.</p>
      ) : (
        <>
          <p className="mb-2">
            {report.strategy.title}. Monitoring group: {report.strategy.monitoringGroup ?? "none named"}.
          </p>
          <p className="mb-8">
            <a href={`/board/strategy/annual/pdf?year=${year}`}>Download the report (PDF)</a>
          </p>
          <h2 className="mb-2 text-2xl font-bold">The monitoring group&apos;s reviews</h2>
          <MonitoringVerdictList year={year} reviews={report.reviews} />
          <h2 className="mb-2 text-2xl font-bold">Progress by priority</h2>
          {report.progress.length === 0 ? (
            <p className="mb-10">There is no action plan for {financialYearLabel(year)}.</p>
          ) : (
            <div className="mb-10 overflow-x-auto">
              <ProgressTable caption="Actions by priority and status" progress={report.progress} />
            </div>
          )}
          <h2 className="mb-2 text-2xl font-bold">Where this report went</h2>
          <PresentationsList presentations={report.presentations} />
        </>
      )}
    </>
  );
};

export default AnnualMonitoringPage;
