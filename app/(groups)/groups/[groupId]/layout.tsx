import { GroupSpaceNav } from "@/components/groups/group-space-nav";
import { requireGroupSpace } from "@/lib/groups/space-page-access";

type Props = { children: React.ReactNode; params: Promise<{ groupId: string }> };

/** Every page of a group's space: the access check (404 for anyone not a member or moderator) and its pages' links. */
const GroupSpaceLayout = async ({ children, params }: Props) => {
  const { groupId } = await params;
  const { group } = await requireGroupSpace(groupId);
  return (
    <>
      <p className="text-lg text-gray-700">{group.name}</p>
      <GroupSpaceNav groupId={group.id} groupName={group.name} />
      {children}
    </>
  );
};

export default GroupSpaceLayout;
