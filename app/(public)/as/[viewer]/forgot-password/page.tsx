import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { ResetRequestForm } from "./reset-request-form";

export const metadata: Metadata = { title: "Reset your password" };

const ForgotPasswordPage = () => (
  <div className="max-w-xl">
    <PageHeading>Reset your password</PageHeading>
    <p className="mb-6">We will email you a link. Open it to choose a new password.</p>
    <ResetRequestForm />
  </div>
);

export default ForgotPasswordPage;
