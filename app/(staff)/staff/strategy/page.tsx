import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDate } from "@/lib/format";
import { listStrategies } from "@/lib/strategy/queries";
import { STRATEGY_STATUS_LABEL } from "@/lib/strategy/rules";

export const metadata: Metadata = { title: "Involvement strategy" };

const StrategiesPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const strategies = await listStrategies();
  return (
    <>
      <PageHeading>Involvement strategy</PageHeading>
      <ul className="mb-8 list-disc space-y-1 pl-6">
        <li>
          <Link href="/staff/strategy/new">Start a new strategy from a blank page</Link>
        </li>
        <li>
          <Link href="/staff/strategy/jargon">Jargon buster</Link>
        </li>
        <li>
          <Link href="/board/strategy/report">Quarterly report to the board</Link>
        </li>
      </ul>
      <h2 className="mb-2 text-2xl font-bold">All versions</h2>
      {strategies.length === 0 ? (
        <p>There is no strategy yet.</p>
      ) : (
        <DataTable
          caption="Versions of the involvement strategy"
          rowKey={(row) => row.id}
          rows={strategies}
          columns={[
            { header: "Title", cell: (row) => <Link href={`/staff/strategy/${row.id}`}>{row.title}</Link> },
            { header: "Status", cell: (row) => STRATEGY_STATUS_LABEL[row.status] },
            { header: "Period", cell: (row) => `${formatDate(row.startsOn)} to ${formatDate(row.endsOn)}` },
            { header: "Approved", cell: (row) => formatDate(row.approvedOn, "Not yet") },
          ]}
        />
      )}
    </>
  );
};

export default StrategiesPage;
