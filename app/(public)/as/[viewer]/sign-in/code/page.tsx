import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { passwordPassedBy } from "@/lib/auth/start-session";
import { CodeForm } from "./code-form";

// It reads the query string, so it is rendered per request, not cached with the other public pages (decision 16).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Enter your code" };

const CodePage = async () => {
  if (!(await passwordPassedBy())) redirect("/sign-in");
  return (
    <div className="max-w-xl">
      <PageHeading>Enter the code from your authenticator app</PageHeading>
      <p className="mb-6">
        Open the authenticator app on your phone and enter the 6-digit code it shows for Involve. If you do not have
        your phone, enter one of your recovery codes instead.
      </p>
      <CodeForm />
    </div>
  );
};

export default CodePage;
