import { buttonProps } from "@/components/ui/button-styles";
import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { signOutEverywhereAction } from "@/lib/auth/sign-out";
import { ALL_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { Notice } from "@/components/ui/notice";
import { SecondFactorSection } from "./second-factor-section";

export const metadata: Metadata = { title: "Your account and security" };

const AccountPage = async ({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) => {
  const user = await requireRole(ALL_ROLES, { beforeSecondFactor: true });
  const { "set-up": setUp } = await searchParams;
  return (
    <div className="max-w-2xl space-y-8">
      <PageHeading>Your account and security</PageHeading>
      {setUp && user.mustSetUpSecondFactor && (
        <Notice title="Set up an authenticator app to continue">
          Your organisation asks staff and board members to sign in with a code from an authenticator app as well as a
          password.
        </Notice>
      )}
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="text-2xl font-bold">
          Where you are signed in
        </h2>
        <p className="mt-2">
          If you signed in on a computer or phone you no longer use, or think someone else knows your password, sign out
          everywhere. You will need to sign in again on every device, including this one.
        </p>
        <form action={signOutEverywhereAction} className="mt-4">
          <button type="submit" {...buttonProps("secondary")}>
            Sign out everywhere
          </button>
        </form>
      </section>
      <SecondFactorSection user={user} />
    </div>
  );
};

export default AccountPage;
