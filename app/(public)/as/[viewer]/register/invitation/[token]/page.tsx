import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { householdInvitationFor } from "@/lib/reach/household-accounts";
import { InvitationForm } from "./invitation-form";

export const metadata: Metadata = { title: "Accept your invitation" };

const InvitationPage = async ({ params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  // Someone invited from a tenant's household record gives their last name; we know only their first.
  const member = await householdInvitationFor(token);
  return (
    <div className="max-w-xl">
      <PageHeading>Accept your invitation</PageHeading>
      <p className="mb-6">
        {member ? `Hello ${member.firstName}. ` : ""}
        Choose a password to finish creating your account. You will sign in with the email address the invitation was
        sent to.
      </p>
      <InvitationForm token={token} askLastName={member !== null} />
    </div>
  );
};

export default InvitationPage;
