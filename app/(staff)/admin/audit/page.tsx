import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { listAuditEntityTypes, listAuditEvents } from "@/lib/audit/queries";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDateTime } from "@/lib/format";
import { FilterForm } from "@/components/ui/filter-form";

export const metadata: Metadata = { title: "Audit log" };

const ZQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  type: z.string().max(100).optional().catch(undefined),
});

const AuditPage = async ({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) => {
  await requireRole(AREA_ROLES.admin);
  const query = ZQuery.parse(await searchParams);
  const [{ events, total, pages }, types] = await Promise.all([
    listAuditEvents({ page: query.page, entityType: query.type || undefined }),
    listAuditEntityTypes(),
  ]);
  const pageLink = (page: number) =>
    `/admin/audit?page=${page}${query.type ? `&type=${encodeURIComponent(query.type)}` : ""}`;
  return (
    <>
      <PageHeading>Audit log</PageHeading>
      <FilterForm label="Filter the audit log" submit="Filter" layout="flex flex-wrap items-end gap-4">
        <div className="min-w-0 max-w-full">
          <label htmlFor="type" className="block font-bold">
            Type of record
          </label>
          <select
            id="type"
            name="type"
            defaultValue={query.type ?? ""}
            className="max-w-full border-2 border-gray-900 p-2"
          >
            <option value="">All records</option>
            {types.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </div>
      </FilterForm>
      <p className="mb-2">
        {total} {total === 1 ? "change" : "changes"} recorded. Page {query.page} of {pages}.
      </p>
      <DataTable
        caption="Changes made by staff, newest first"
        rows={events}
        rowKey={(event) => event.id.toString()}
        columns={[
          { header: "When", cell: (event) => formatDateTime(event.createdAt) },
          { header: "Who", cell: (event) => event.actor?.name ?? "Removed account" },
          { header: "What", cell: (event) => event.action },
          { header: "Record", cell: (event) => `${event.entityType} ${event.entityId}` },
          {
            header: "Details",
            cell: (event) => (event.details ? JSON.stringify(event.details) : ""),
            className: "font-mono text-sm break-all",
          },
        ]}
      />
      <nav aria-label="Audit log pages" className="mt-4 flex gap-6">
        {query.page > 1 && <Link href={pageLink(query.page - 1)}>Newer changes</Link>}
        {query.page < pages && <Link href={pageLink(query.page + 1)}>Older changes</Link>}
      </nav>
    </>
  );
};

export default AuditPage;
