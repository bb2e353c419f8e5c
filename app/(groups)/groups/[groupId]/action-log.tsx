import { ActionButton } from "@/components/ui/action-button";
import { DataTable } from "@/components/ui/data-table";
import { formatDate } from "@/lib/format";
import type { GroupActionRow } from "@/lib/groups/space-queries";
import { canRunMeetings, isOverdue, memberName } from "@/lib/groups/space-rules";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { ukToday } from "@/lib/uk-time";
import { closeActionAction } from "./actions";

const STATUS = { OPEN: "Open", DONE: "Done", DROPPED: "Dropped" } as const;

type Access = { canModerate: boolean; membership: { id: string; role: MembershipRole } | null };

/** The action log: overdue actions say so in words, and their owner, chair, secretary or an officer closes them. */
export const ActionLog = ({ actions, access }: { actions: GroupActionRow[]; access: Access }) => {
  const today = ukToday(new Date());
  const mayClose = (a: GroupActionRow) =>
    a.status === "OPEN" && (canRunMeetings(access) || a.ownerMembership?.id === access.membership?.id);
  if (actions.length === 0) return <p className="mb-6">No actions.</p>;
  return (
    <div className="mb-6">
      <DataTable
        caption="Action log"
        rows={actions}
        rowKey={(a) => a.id}
        columns={[
          { header: "Action", cell: (a) => a.title },
          { header: "Owner", cell: (a) => (a.ownerMembership ? memberName(a.ownerMembership) : "The group") },
          { header: "Due", cell: (a) => formatDate(a.dueOn) },
          {
            header: "Status",
            cell: (a) => (isOverdue(a, today) ? <strong className="text-red-800">Overdue</strong> : STATUS[a.status]),
          },
          {
            header: "Close",
            cell: (a) =>
              mayClose(a) && (
                <ActionButton
                  action={closeActionAction}
                  fields={{ groupId: a.groupId, actionId: a.id, status: "DONE" }}
                  context={a.title}
                >
                  Mark done
                </ActionButton>
              ),
          },
        ]}
      />
    </div>
  );
};
