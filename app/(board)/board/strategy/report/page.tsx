import type { Metadata } from "next";
import Link from "next/link";
import { ProgressTable } from "@/components/strategy/progress-table";
import { StatusTag } from "@/components/strategy/status-tag";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDate } from "@/lib/format";
import { getQuarterReport } from "@/lib/strategy/queries";
import { ACTION_STATUS_LABEL, isOverdue } from "@/lib/strategy/rules";

import { recordPresentationAction } from "./actions";
import { financialYearLabel, isoDay } from "@/lib/uk-time";
import { BoardNav } from "@/components/kpi/board-nav";
import { QuarterPicker } from "@/components/kpi/quarter-picker";
import { getBoardKpiTiles } from "@/lib/kpi/board-figures";
import { readBoardQuery } from "@/lib/kpi/board-request";
import { quarterLongLabel } from "@/lib/kpi/rules";
import { KpiTable } from "@/components/kpi/kpi-table";
import { getLandlord } from "@/lib/landlord/queries";
import { MonitoringVerdict } from "@/components/monitoring/monitoring-verdict";
import { PresentationsList } from "@/components/strategy/presentations-list";
import { BODY_LABEL, REPORT_BODIES } from "@/lib/monitoring/rules";

export const metadata: Metadata = { title: "Quarterly strategy report" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const StrategyReportPage = async ({ searchParams }: Props) => {
  const user = await requireRole(AREA_ROLES.board);
  const now = new Date();
  // The same quarter as every other board page: the latest complete one unless another was chosen.
  const { quarter: period, latest, inProgress } = await readBoardQuery(await searchParams, now);
  const { year, quarter } = period;
  const [report, landlord] = await Promise.all([getQuarterReport(year, quarter, now), getLandlord()]);
  const kpis = await getBoardKpiTiles({ quarter: period, regime: landlord.regime });
  return (
    <>
      <PageHeading caption="Involvement strategy: report to the board">{quarterLongLabel(period)}</PageHeading>
      <BoardNav quarter={period} current="/board/strategy/report" />
      <QuarterPicker quarter={period} latest={latest} submit="Show report" />
      {inProgress && (
        <p className="mb-4 max-w-2xl">
          This quarter is in progress: its figures are part-quarter, so its KPIs have no status until it ends.
        </p>
      )}
      {!report ? (
        <p>There is no approved strategy to report on.</p>
      ) : (
        <>
          <p className="mb-2">
            {report.strategy.title}. Overdue actions are as at {formatDate(report.asAt)}.
          </p>
          <p className="mb-4">
            <Link href={`/board/strategy/annual?year=${year}`}>
              The annual monitoring report for {financialYearLabel(year)}
            </Link>
          </p>
          <PresentationsList presentations={report.presentations} />
          <h2 className="mb-2 text-2xl font-bold">Progress by priority</h2>
          {report.hasPlan ? (
            <div className="mb-10 overflow-x-auto">
              <ProgressTable caption="Actions by priority and status" progress={report.progress} />
            </div>
          ) : (
            <p className="mb-10">There is no action plan for {financialYearLabel(year)}.</p>
          )}
          <h2 className="mb-2 text-2xl font-bold">The tenants&apos; monitoring group&apos;s view</h2>
          <MonitoringVerdict verdict={report.monitoring} period={`quarter ${quarter}`} />
          <h2 className="mb-2 text-2xl font-bold">Exceptions</h2>
          {report.exceptions.length === 0 ? (
            <p className="mb-10">No actions are at risk, off track or overdue.</p>
          ) : (
            <div className="mb-10">
              <DataTable
                caption="Actions at risk, off track or overdue"
                rowKey={(row) => row.id}
                rows={report.exceptions}
                columns={[
                  { header: "Priority", cell: (row) => row.priority.number },
                  { header: "Action", cell: (row) => row.title },
                  { header: "Owner", cell: (row) => row.owner },
                  {
                    header: "Target date",
                    cell: (row) => `${formatDate(row.targetOn)}${isOverdue(row, report.asAt) ? " (overdue)" : ""}`,
                  },
                  { header: "Status", cell: (row) => <StatusTag status={row.status} /> },
                ]}
              />
            </div>
          )}
          <h2 className="mb-2 text-2xl font-bold">Key performance indicators</h2>
          {kpis.length === 0 ? (
            <p className="mb-10">No KPIs have been set up yet.</p>
          ) : (
            <div className="mb-10">
              <KpiTable caption="The quarter's key performance indicators, exceptions first" tiles={kpis} />
            </div>
          )}
          <h2 className="mb-2 text-2xl font-bold">Updates posted this quarter</h2>
          {report.updates.length === 0 ? (
            <p className="mb-10">No updates were posted this quarter.</p>
          ) : (
            <ol className="mb-10 max-w-3xl space-y-4">
              {report.updates.map((update) => (
                <li key={update.id} className="break-inside-avoid border-l-4 border-gray-400 pl-4">
                  <p className="font-bold">
                    Priority {update.action.priority.number}: {update.action.title}
                  </p>
                  <p>
                    {formatDate(update.postedOn)}: {ACTION_STATUS_LABEL[update.status]}
                  </p>
                  <p className="whitespace-pre-line">{update.text}</p>
                </li>
              ))}
            </ol>
          )}
          {user.role === "ADMIN" && (
            <section className="max-w-2xl print:hidden">
              <h2 className="mb-3 text-2xl font-bold">Mark as presented</h2>
              <ActionForm
                action={recordPresentationAction}
                label="Mark as presented"
                hidden={{ strategyId: report.strategy.id, year: String(year), quarter: String(quarter) }}
                submit="Mark as presented"
                fields={[
                  {
                    kind: "radio",
                    name: "body",
                    label: "Presented to",
                    options: REPORT_BODIES.map((body) => ({ value: body, label: BODY_LABEL[body] })),
                    defaultValue: "BOARD",
                  },
                  {
                    kind: "date",
                    name: "presentedOn",
                    label: "Date of the meeting",
                    defaultValue: isoDay(now),
                  },
                  {
                    kind: "text",
                    name: "meeting",
                    label: "Meeting",
                    hint: "For example, Board of Management, December.",
                  },
                  {
                    kind: "text",
                    name: "minuteRef",
                    label: "Minute reference (optional)",
                    hint: "For example, B/26/112.",
                  },
                ]}
              />
            </section>
          )}
        </>
      )}
    </>
  );
};

export default StrategyReportPage;
