import type { Metadata } from "next";
import Link from "next/link";
import { GroupAsks } from "@/components/groups/group-asks";
import { PageHeading } from "@/components/ui/page-heading";
import { listWaysToGetInvolved } from "@/lib/groups/queries";
import { getLandlord } from "@/lib/landlord/queries";
import { GROUP_TYPE_LABEL } from "@/lib/people/labels";

export const metadata: Metadata = { title: "Ways to get involved" };

const WaysToGetInvolvedPage = async () => {
  const [landlord, groups] = await Promise.all([getLandlord(), listWaysToGetInvolved()]);
  return (
    <>
      <PageHeading caption={landlord.name}>Ways to get involved</PageHeading>
      <p className="mb-8 max-w-2xl">
        These groups and panels are looking for new members. Each one says how much time it asks for, how often it meets
        and what skills help. You do not need any experience: we give training and pay travel costs.
      </p>
      {groups.length === 0 ? (
        <p>No groups are looking for new members just now. Please look again soon.</p>
      ) : (
        groups.map((group) => (
          <section key={group.id} aria-labelledby={`group-${group.id}`} className="mb-10 max-w-3xl">
            <p className="text-gray-700">{GROUP_TYPE_LABEL[group.type]}</p>
            <h2 id={`group-${group.id}`} className="mb-2 text-2xl font-bold">
              {group.name}
            </h2>
            {group.description && <p className="mb-4">{group.description}</p>}
            <GroupAsks group={group} />
            <p>
              <Link href={`/tenant/groups/${group.id}/join`} className="text-lg font-bold">
                Ask to join {group.name}
              </Link>
            </p>
          </section>
        ))
      )}
      <p className="mt-8">
        <Link href="/events">Events you can come to</Link> are another way to have your say.
      </p>
      <p className="mt-4">
        <Link href="/group-minutes">Group minutes and papers</Link>: what our groups have published.
      </p>
      <p className="mt-4">
        <Link href="/who-takes-part">Who takes part</Link>: how the people involved compare with all our customers.
      </p>
    </>
  );
};

export default WaysToGetInvolvedPage;
