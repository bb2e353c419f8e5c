import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HouseholdInvitation } from "@/components/reach/household-invitation";
import { requireCustomer } from "@/lib/auth/session";
import { getHouseholdMember } from "@/lib/reach/save-household";
import { inviteHouseholdMemberAction } from "../../actions";

export const metadata: Metadata = { title: "Invite them to their own account" };

type Props = { params: Promise<{ memberId: string }> };

const InviteHouseholdMemberPage = async ({ params }: Props) => {
  const { customerId } = await requireCustomer();
  const member = await getHouseholdMember(customerId, (await params).memberId);
  if (!member) notFound();
  return (
    <HouseholdInvitation
      member={member}
      action={inviteHouseholdMemberAction}
      back={{ href: "/tenant/household", label: "Back to who lives with you" }}
    />
  );
};

export default InviteHouseholdMemberPage;
