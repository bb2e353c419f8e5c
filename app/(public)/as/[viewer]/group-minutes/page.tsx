import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { listPublicGroups } from "@/lib/groups/public-records";
import { getLandlord } from "@/lib/landlord/queries";
import { GROUP_TYPE_LABEL } from "@/lib/people/labels";

export const metadata: Metadata = { title: "Group minutes and papers" };

const PublicGroupsPage = async () => {
  const [landlord, groups] = await Promise.all([getLandlord(), listPublicGroups()]);
  return (
    <>
      <PageHeading caption={landlord.name}>Group minutes and papers</PageHeading>
      <p className="mb-8 max-w-2xl">
        Some of our tenants&apos; groups and panels publish their approved minutes and the papers they have read, so
        everyone can see what they do.
      </p>
      {groups.length === 0 ? (
        <p>No group has published minutes or papers yet.</p>
      ) : (
        <ul className="mb-8 space-y-4">
          {groups.map((group) => (
            <li key={group.id} className="max-w-3xl">
              <p className="text-xl font-bold">
                <Link href={`/group-minutes/${group.id}`}>{group.name}</Link>
              </p>
              <p>{GROUP_TYPE_LABEL[group.type]}</p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/get-involved">Ways to get involved</Link>: groups looking for new members.
      </p>
    </>
  );
};

export default PublicGroupsPage;
