import type { Metadata } from "next";
import Link from "next/link";
import { ScrollRegion } from "@/components/kpi/scroll-region";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDate } from "@/lib/format";
import { boardQueryString } from "@/lib/kpi/board-request";
import { listOpenCommentaryRequests } from "@/lib/kpi/commentary-requests";
import { listKpis } from "@/lib/kpi/queries";
import { quarterLabel, SECTION_LABEL, SOURCE_LABEL, targetShown } from "@/lib/kpi/rules";
import { financialQuarter, financialYearLabel } from "@/lib/uk-time";

export const metadata: Metadata = { title: "KPI library" };

const KpiLibraryPage = async () => {
  const user = await requireRole(AREA_ROLES.staff);
  const year = financialQuarter(new Date()).year;
  const [kpis, requests] = await Promise.all([listKpis(year), listOpenCommentaryRequests(user.id)]);
  return (
    <>
      <PageHeading caption="Board reporting">KPI library</PageHeading>
      <p className="mb-4 max-w-2xl">
        The key performance indicators the board sees each quarter. Involve works out every figure it holds the data
        for; service standards and the budget are entered here each quarter.
      </p>
      <section aria-labelledby="commentary-requested" className="mb-8 max-w-3xl">
        <h2 id="commentary-requested" className="mb-2 text-2xl font-bold">
          Commentary the board is waiting for ({requests.length})
        </h2>
        {requests.length === 0 ? (
          <p>Nobody has asked you for commentary on an off-target KPI.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {requests.map((request) => (
              <li key={request.id}>
                <Link href={`/board/pack?${boardQueryString(request)}#commentary`}>
                  {request.kpiCode} {request.kpiName}, {quarterLabel(request)}
                </Link>
                : needed by {formatDate(request.dueOn)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="mb-6">
        <Link href="/staff/kpis/new">Add a KPI</Link>
      </p>
      <ScrollRegion label="KPIs in the library">
        <DataTable
          caption="KPIs in the library"
          rowKey={(kpi) => kpi.id}
          rows={kpis}
          columns={[
            { header: "KPI", cell: (kpi) => <Link href={`/staff/kpis/${kpi.id}`}>{`${kpi.code} ${kpi.name}`}</Link> },
            { header: "Section", cell: (kpi) => SECTION_LABEL[kpi.section] },
            { header: "Source", cell: (kpi) => SOURCE_LABEL[kpi.source] },
            {
              header: `Target ${financialYearLabel(year)}`,
              cell: (kpi) => (kpi.retiredAt ? "Retired" : targetShown(kpi.unit, kpi.targets[0]?.target ?? null)),
            },
          ]}
        />
      </ScrollRegion>
    </>
  );
};

export default KpiLibraryPage;
