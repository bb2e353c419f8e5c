import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { NewPasswordForm } from "./new-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

const ResetPasswordPage = async ({ params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params;
  return (
    <div className="max-w-xl">
      <PageHeading>Choose a new password</PageHeading>
      <NewPasswordForm token={token} />
    </div>
  );
};

export default ResetPasswordPage;
