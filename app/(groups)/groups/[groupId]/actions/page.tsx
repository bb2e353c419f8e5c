import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { listGroupActions } from "@/lib/groups/space-queries";
import { requireGroupSpace } from "@/lib/groups/space-page-access";
import { ActionLog } from "../action-log";

export const metadata: Metadata = { title: "Group actions" };

type Props = { params: Promise<{ groupId: string }> };

const ActionsPage = async ({ params }: Props) => {
  const access = await requireGroupSpace((await params).groupId);
  const actions = await listGroupActions(access.group.id);
  return (
    <>
      <PageHeading>Action log</PageHeading>
      <p className="mb-4 max-w-3xl">Actions agreed at the group&apos;s meetings: open ones first, soonest due first.</p>
      <ActionLog actions={actions} access={access} />
    </>
  );
};

export default ActionsPage;
