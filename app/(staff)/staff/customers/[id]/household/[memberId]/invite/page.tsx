import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HouseholdInvitation } from "@/components/reach/household-invitation";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getHouseholdMember } from "@/lib/reach/save-household";
import { inviteHouseholdMemberForCustomerAction } from "../../../actions";

export const metadata: Metadata = { title: "Invite them to their own account" };

type Props = { params: Promise<{ id: string; memberId: string }> };

const StaffInviteHouseholdMemberPage = async ({ params }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const { id, memberId } = await params;
  const member = await getHouseholdMember(id, memberId);
  if (!member) notFound();
  return (
    <HouseholdInvitation
      member={member}
      action={inviteHouseholdMemberForCustomerAction}
      customerId={id}
      back={{ href: `/staff/customers/${id}`, label: "Back to the customer" }}
    />
  );
};

export default StaffInviteHouseholdMemberPage;
