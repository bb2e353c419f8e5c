import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { count, formatDate } from "@/lib/format";
import { listOpenActionsEverywhere } from "@/lib/groups/space-queries";
import { isOverdue, memberName } from "@/lib/groups/space-rules";
import { ukToday } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Groups' open actions" };

/** Every group's open actions in one list, most overdue first, so officers can chase and support. */
const OpenActionsPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const actions = await listOpenActionsEverywhere();
  const today = ukToday(new Date());
  const overdue = actions.filter((a) => isOverdue(a, today)).length;
  return (
    <>
      <PageHeading caption="Groups">Open actions in every group</PageHeading>
      <p className="mb-4">
        {count(actions.length, "open action")}, of which {overdue} overdue.
      </p>
      {actions.length > 0 && (
        <DataTable
          caption="Open actions"
          rows={actions}
          rowKey={(a) => a.id}
          columns={[
            { header: "Group", cell: (a) => <Link href={`/groups/${a.groupId}/actions`}>{a.group.name}</Link> },
            { header: "Action", cell: (a) => a.title },
            { header: "Owner", cell: (a) => (a.ownerMembership ? memberName(a.ownerMembership) : "The group") },
            { header: "Due", cell: (a) => formatDate(a.dueOn) },
            {
              header: "Status",
              cell: (a) => (isOverdue(a, today) ? <strong className="text-red-800">Overdue</strong> : "Open"),
            },
          ]}
        />
      )}
    </>
  );
};

export default OpenActionsPage;
