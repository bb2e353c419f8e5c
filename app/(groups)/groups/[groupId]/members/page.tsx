import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { count } from "@/lib/format";
import { requireGroupSpace } from "@/lib/groups/space-page-access";
import { getGroupSpaceSettings, listCurrentMembers } from "@/lib/groups/space-queries";
import { MEMBER_KIND_LABEL, memberName, visibleMembers } from "@/lib/groups/space-rules";
import { MEMBERSHIP_ROLE_LABEL } from "@/lib/people/labels";

export const metadata: Metadata = { title: "Group members" };

type Props = { params: Promise<{ groupId: string }> };

const GroupMembersPage = async ({ params }: Props) => {
  const { group, standing } = await requireGroupSpace((await params).groupId);
  const [members, settings] = await Promise.all([listCurrentMembers(group.id), getGroupSpaceSettings(group.id)]);
  const { named, unnamed } = visibleMembers(members, settings.membersList, standing);
  return (
    <>
      <PageHeading>Members</PageHeading>
      <p className="mb-4">The group has {count(members.length, "member")}.</p>
      {named.length > 0 && (
        <div className="mb-6">
          <DataTable
            caption={`Members of ${group.name}`}
            rows={named}
            rowKey={(m) => m.id}
            columns={[
              { header: "Name", cell: (m) => memberName(m) },
              { header: "Role", cell: (m) => MEMBERSHIP_ROLE_LABEL[m.role] },
              { header: "Member as", cell: (m) => MEMBER_KIND_LABEL[m.kind] },
            ]}
          />
        </div>
      )}
      {unnamed > 0 && <p className="mb-6">The group keeps the names of its other members to itself.</p>}
    </>
  );
};

export default GroupMembersPage;
