import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/ui/pager";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { CONSULTATION_STATUS_LABEL } from "@/lib/consultations/labels";
import { listConsultationsForStaff } from "@/lib/consultations/queries";
import { count, formatDateTime } from "@/lib/format";
import { ZPage } from "@/lib/paging";

export const metadata: Metadata = { title: "Consultations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ConsultationsPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const { consultations, total, page, pages } = await listConsultationsForStaff(
    new Date(),
    ZPage.parse((await searchParams).page),
  );
  return (
    <>
      <PageHeading>Consultations</PageHeading>
      <p className="mb-6">
        <Link href="/staff/consultations/new" className="font-bold">
          Create a consultation
        </Link>
      </p>
      <p className="mb-2">{count(total, "consultation")} in all.</p>
      <p className="mb-4">
        <Link href="/staff/consultations/overdue">Consultations with an overdue outcome</Link>
      </p>
      <DataTable
        caption="Consultations, newest first"
        rowKey={(row) => row.id}
        rows={consultations}
        columns={[
          { header: "Title", cell: (row) => <Link href={`/staff/consultations/${row.id}`}>{row.title}</Link> },
          {
            header: "Status",
            cell: (row) => (
              <>
                {CONSULTATION_STATUS_LABEL[row.effectiveStatus]}
                {row.overdue && <strong className="block text-red-800">Outcome overdue</strong>}
              </>
            ),
          },
          { header: "Opens", cell: (row) => formatDateTime(row.opensAt) },
          { header: "Closes", cell: (row) => formatDateTime(row.closesAt) },
          { header: "Responses", cell: (row) => row._count.responses },
        ]}
      />
      <Pager label="Consultation pages" path="/staff/consultations" page={page} pages={pages} />
    </>
  );
};

export default ConsultationsPage;
