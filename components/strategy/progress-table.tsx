import { DataTable } from "@/components/ui/data-table";
import { ActionStatus } from "@/lib/generated/prisma/enums";
import type { PriorityProgress } from "@/lib/strategy/queries";
import { ACTION_STATUS_LABEL } from "@/lib/strategy/rules";

/** How many of each priority's actions are at each status. */
export const ProgressTable = ({ caption, progress }: { caption: string; progress: PriorityProgress[] }) => (
  <DataTable
    caption={caption}
    rowKey={(row) => row.id}
    rows={progress}
    columns={[
      { header: "Priority", cell: (row) => `${row.number}: ${row.title}` },
      ...Object.values(ActionStatus).map((status) => ({
        header: ACTION_STATUS_LABEL[status],
        cell: (row: PriorityProgress) => row.counts[status] ?? 0,
      })),
      { header: "All actions", cell: (row) => row.total },
    ]}
  />
);
