import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { ownAccountProblem } from "@/lib/reach/household-account-rules";
import { getHouseholdMember } from "@/lib/reach/save-household";
import { inviteHouseholdMemberAction } from "../../actions";

export const metadata: Metadata = { title: "Invite them to their own account" };

type Props = { params: Promise<{ memberId: string }> };

const InviteHouseholdMemberPage = async ({ params }: Props) => {
  const { customerId } = await requireCustomer();
  const member = await getHouseholdMember(customerId, (await params).memberId);
  if (!member) notFound();
  const problem = ownAccountProblem(member);
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/tenant/household">Back to who lives with you</Link>
      </p>
      <PageHeading>Invite {member.firstName} to their own account</PageHeading>
      {problem ? (
        <p>{problem}</p>
      ) : (
        <>
          <p className="mb-4">
            With their own account {member.firstName} can answer consultations and book events in their own name. We
            will email them a link to choose a password. The link works once.
          </p>
          <p className="mb-6">
            We keep only their first name, age group and email address, and the last name they give us when they accept.
            They can ask us to delete their account at any time.
          </p>
          <ActionForm
            action={inviteHouseholdMemberAction}
            hidden={{ memberId: member.id }}
            fields={[
              {
                kind: "text",
                type: "email",
                name: "email",
                label: "Their email address",
                hint: "Check with them first: we will use it only for their account and getting involved.",
                defaultValue: member.email ?? "",
              },
            ]}
            submit={`Send ${member.firstName} the invitation`}
          />
        </>
      )}
    </div>
  );
};

export default InviteHouseholdMemberPage;
