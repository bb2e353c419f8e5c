import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { Pager } from "@/components/ui/pager";
import { auditActionLabel, auditDetails, auditRecordHref, auditRecordLabel } from "@/lib/audit/labels";
import { listAuditEntityTypes, listAuditEvents } from "@/lib/audit/queries";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { count, formatDateTime } from "@/lib/format";
import { ZPage } from "@/lib/paging";
import { FilterForm } from "@/components/ui/filter-form";

export const metadata: Metadata = { title: "Audit log" };

const ZQuery = z.object({
  page: ZPage,
  type: z.string().max(100).optional().catch(undefined),
});

/** The kind of record, opening it where it has a page; the id stays for the records that have none. */
const RecordCell = ({ type, id }: { type: string; id: string }) => {
  const href = auditRecordHref(type, id);
  const label = auditRecordLabel(type);
  return href ? (
    <Link href={href}>{label}</Link>
  ) : (
    <>
      {label} <span className="break-all text-sm text-gray-700">{id}</span>
    </>
  );
};

const DetailsCell = ({ details }: { details: unknown }) => {
  const lines = auditDetails(details);
  return lines.length === 0 ? null : (
    <ul>
      {lines.map(({ term, text }) => (
        <li key={term}>
          <span className="font-bold">{term}:</span> {text}
        </li>
      ))}
    </ul>
  );
};

const AuditPage = async ({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) => {
  await requireRole(AREA_ROLES.admin);
  const query = ZQuery.parse(await searchParams);
  const [{ events, total, page, pages }, types] = await Promise.all([
    listAuditEvents({ page: query.page, entityType: query.type || undefined }),
    listAuditEntityTypes(),
  ]);
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
                {auditRecordLabel(type)}
              </option>
            ))}
          </select>
        </div>
      </FilterForm>
      <p className="mb-2">{count(total, "change")} recorded.</p>
      <DataTable
        caption="Changes made by staff, newest first"
        rows={events}
        rowKey={(event) => event.id.toString()}
        columns={[
          { header: "When", cell: (event) => formatDateTime(event.createdAt) },
          { header: "Who", cell: (event) => event.actor?.name ?? "Removed account" },
          { header: "What", cell: (event) => auditActionLabel(event.action) },
          { header: "Record", cell: (event) => <RecordCell type={event.entityType} id={event.entityId} /> },
          { header: "Details", cell: (event) => <DetailsCell details={event.details} />, className: "text-base" },
        ]}
      />
      <Pager
        label="Audit log pages"
        path="/admin/audit"
        filters={{ type: query.type }}
        page={page}
        pages={pages}
        previous="Newer changes"
        next="Older changes"
      />
    </>
  );
};

export default AuditPage;
