import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { RegistrationForm } from "./registration-form";

export const metadata: Metadata = { title: "Create an account" };

const RegisterPage = () => (
  <div className="max-w-xl">
    <PageHeading>Create an account</PageHeading>
    <p className="mb-6">
      If you are a tenant, or you own a home we manage, you can create an account with your customer reference and
      postcode. If you do not have these, ask your involvement officer to send you an invitation.
    </p>
    <RegistrationForm />
  </div>
);

export default RegisterPage;
