import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { safeReturnPath } from "@/lib/auth/return-path";
import { getCurrentUser } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

// It reads the query string, so it is rendered per request, not cached with the other public pages (decision 16).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sign in" };

const SignInPage = async ({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) => {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.returnTo);
  if (await getCurrentUser()) redirect(returnTo ?? "/home");
  return (
    <div className="max-w-xl">
      {params["signed-out"] && <Notice title="You have signed out" />}
      {params.reset && <Notice title="Your password has been changed">Sign in with your new password.</Notice>}
      {params.registered && (
        <Notice title="Your account has been created">Sign in with your email address and password.</Notice>
      )}
      <PageHeading>Sign in</PageHeading>
      {returnTo && <p className="mb-4">Sign in to carry on to the page you asked for.</p>}
      <SignInForm returnTo={returnTo} />
      <p className="mt-6">
        New to Involve? <Link href="/register">Create an account</Link>
      </p>
    </div>
  );
};

export default SignInPage;
