import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { listOverdueOutcomes } from "@/lib/consultations/queries";
import { count, formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Outcomes overdue" };

/** Every consultation whose "You said, We did" is late, longest overdue first: the staff home names only ten. */
const OverdueOutcomesPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const { total, oldest } = await listOverdueOutcomes(new Date());
  return (
    <>
      <PageHeading>Outcomes overdue</PageHeading>
      <p className="mb-6 max-w-2xl">
        These consultations have closed and the date we gave for telling tenants what changed has passed. Publish each
        outcome from the consultation&apos;s page.
      </p>
      {total === 0 ? (
        <p>No outcome is overdue.</p>
      ) : (
        <DataTable
          caption={`${count(total, "consultation")} with an overdue outcome, longest overdue first`}
          rowKey={(row) => row.id}
          rows={oldest}
          columns={[
            { header: "Title", cell: (row) => <Link href={`/staff/consultations/${row.id}`}>{row.title}</Link> },
            { header: "Closed", cell: (row) => formatDate(row.closesAt) },
            { header: "Outcome due", cell: (row) => formatDate(row.outcomeDueAt) },
          ]}
        />
      )}
    </>
  );
};

export default OverdueOutcomesPage;
