import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { listCommunications } from "@/lib/communications/queries";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Newsletters" };

const CommunicationsPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const rows = await listCommunications();
  return (
    <>
      <PageHeading>Newsletters</PageHeading>
      <p className="mb-6 max-w-2xl">
        Newsletters and bulletins reach each customer once: by the way they prefer where they agreed to it, else another
        way they agreed to, else by post. Sent ones are in the public archive at <Link href="/news">News</Link>.
      </p>
      <p className="mb-8">
        <ButtonLink href="/staff/communications/new">Write a newsletter</ButtonLink>
      </p>
      {rows.length === 0 ? (
        <p>No newsletters yet.</p>
      ) : (
        <DataTable
          caption="Newsletters, newest first"
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            { header: "Title", cell: (row) => <Link href={`/staff/communications/${row.id}`}>{row.title}</Link> },
            { header: "State", cell: (row) => (row.status === "SENT" ? "Sent" : "Draft") },
            { header: "Sent", cell: (row) => (row.sentAt ? formatDateTime(row.sentAt) : "") },
            { header: "People", cell: (row) => row.deliveries },
          ]}
        />
      )}
    </>
  );
};

export default CommunicationsPage;
