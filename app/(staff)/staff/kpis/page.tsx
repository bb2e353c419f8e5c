import type { Metadata } from "next";
import Link from "next/link";
import { ScrollRegion } from "@/components/kpi/scroll-region";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { listKpis } from "@/lib/kpi/queries";
import { quarterOf, SECTION_LABEL, SOURCE_LABEL, targetShown } from "@/lib/kpi/rules";
import { financialYearLabel } from "@/lib/uk-time";

export const metadata: Metadata = { title: "KPI library" };

const KpiLibraryPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const year = quarterOf(new Date()).year;
  const kpis = await listKpis(year);
  return (
    <>
      <PageHeading caption="Board reporting">KPI library</PageHeading>
      <p className="mb-4 max-w-2xl">
        The key performance indicators the board sees each quarter. Involve works out every figure it holds the data
        for; service standards and the budget are entered here each quarter.
      </p>
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
