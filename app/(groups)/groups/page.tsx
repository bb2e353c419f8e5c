import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { listMyGroups } from "@/lib/groups/space-access";
import { GROUP_TYPE_LABEL, MEMBERSHIP_ROLE_LABEL } from "@/lib/people/labels";

export const metadata: Metadata = { title: "Your groups" };

const MyGroupsPage = async () => {
  const user = await requireRole(AREA_ROLES.groups);
  const groups = await listMyGroups(user);
  return (
    <>
      <PageHeading>Your groups</PageHeading>
      {groups.length === 0 ? (
        <p className="mb-6">You are not a member of any group at the moment.</p>
      ) : (
        <ul className="mb-6 space-y-4">
          {groups.map((group) => (
            <li key={group.id} className="border-l-4 border-gray-400 pl-4">
              <h2 className="text-xl font-bold">
                <Link href={`/groups/${group.id}`}>{group.name}</Link>
              </h2>
              <p>
                {GROUP_TYPE_LABEL[group.type]}
                {group.memberships[0] && `: you are ${MEMBERSHIP_ROLE_LABEL[group.memberships[0].role].toLowerCase()}`}
              </p>
            </li>
          ))}
        </ul>
      )}
      {groups.length > 0 && (
        <p className="mb-6">
          <a href="/groups/calendar.ics">Add your groups&apos; meetings to your calendar</a> (a calendar file).
        </p>
      )}
      {user.role === "TENANT" && (
        <p>
          <Link href="/get-involved">See groups and panels you can join</Link>
        </p>
      )}
    </>
  );
};

export default MyGroupsPage;
