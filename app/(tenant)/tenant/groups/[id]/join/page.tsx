import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { GroupAsks } from "@/components/groups/group-asks";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { getGroupToJoin } from "@/lib/groups/queries";
import { GROUP_TYPE_LABEL } from "@/lib/people/labels";
import { JoinForm } from "./join-form";

export const metadata: Metadata = { title: "Ask to join a group" };

type Props = { params: Promise<{ id: string }> };

const JoinPage = async ({ params }: Props) => {
  await requireCustomer();
  const group = await getGroupToJoin((await params).id);
  if (!group) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href="/get-involved">Back to ways to get involved</Link>
      </p>
      <PageHeading caption={GROUP_TYPE_LABEL[group.type]}>Ask to join {group.name}</PageHeading>
      <div className="max-w-2xl">
        <GroupAsks group={group} />
        <p className="mb-6">
          An officer will look at your request and let you know the answer, usually within two weeks.
        </p>
        <JoinForm groupId={group.id} groupName={group.name} />
      </div>
    </>
  );
};

export default JoinPage;
