import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { getGroupOverview } from "@/lib/groups/space-queries";
import { requireGroupSpace } from "@/lib/groups/space-page-access";
import { MEMBERSHIP_ROLE_LABEL } from "@/lib/people/labels";

export const metadata: Metadata = { title: "Group space" };

type Props = { params: Promise<{ groupId: string }> };

const GroupOverviewPage = async ({ params }: Props) => {
  const { group, membership } = await requireGroupSpace((await params).groupId);
  const overview = await getGroupOverview(group.id);
  return (
    <>
      <PageHeading>{group.name}</PageHeading>
      <p className="mb-4">
        {membership
          ? `You are a ${MEMBERSHIP_ROLE_LABEL[membership.role].toLowerCase()} of this group.`
          : "You are looking after this group as an officer."}
      </p>
      {overview.description && <p className="mb-6 max-w-3xl">{overview.description}</p>}
    </>
  );
};

export default GroupOverviewPage;
