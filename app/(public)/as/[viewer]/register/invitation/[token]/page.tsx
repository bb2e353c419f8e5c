import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { InvitationForm } from "./invitation-form";

export const metadata: Metadata = { title: "Accept your invitation" };

const InvitationPage = async ({ params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  return (
    <div className="max-w-xl">
      <PageHeading>Accept your invitation</PageHeading>
      <p className="mb-6">
        Choose a password to finish creating your account. You will sign in with the email address the invitation was
        sent to.
      </p>
      <InvitationForm token={token} />
    </div>
  );
};

export default InvitationPage;
