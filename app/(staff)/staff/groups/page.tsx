import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { countPendingJoinRequests, listGroups } from "@/lib/groups/queries";
import { GROUP_TYPE_LABEL, RTO_STATUS_LABEL } from "@/lib/people/labels";

export const metadata: Metadata = { title: "Tenant groups" };

const GroupsPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const [groups, pending] = await Promise.all([listGroups(), countPendingJoinRequests()]);
  return (
    <>
      <PageHeading>Tenant groups</PageHeading>
      <p className="mb-6">
        <Link href="/staff/groups/new">Add a group</Link>
      </p>
      <p className="mb-6">
        <Link href="/staff/groups/requests">Requests to join groups</Link>
        {pending > 0 && ` (${pending} waiting)`}
      </p>
      <p className="mb-6">
        <Link href="/staff/groups/actions">Open actions in every group</Link>
      </p>
      <DataTable
        caption="Tenant groups"
        rows={groups}
        rowKey={(group) => group.id}
        columns={[
          { header: "Group", cell: (group) => <Link href={`/staff/groups/${group.id}`}>{group.name}</Link> },
          { header: "Kind", cell: (group) => GROUP_TYPE_LABEL[group.type] },
          { header: "Current members", cell: (group) => group._count.memberships },
          { header: "Register", cell: (group) => (group.rtoStatus ? RTO_STATUS_LABEL[group.rtoStatus] : "") },
        ]}
      />
    </>
  );
};

export default GroupsPage;
