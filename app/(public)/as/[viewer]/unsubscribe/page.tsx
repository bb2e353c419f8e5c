import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SubmitButton } from "@/components/ui/submit-button";
import { DomainError } from "@/lib/errors";
import { getLandlord } from "@/lib/landlord/queries";
import { findUnsubscriber } from "@/lib/people/unsubscribe-from-email";

// It reads the query string, so it is rendered per request, not cached with the other public pages (decision 16).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Stop emails about getting involved" };

type Props = { searchParams: Promise<{ token?: string | string[]; done?: string }> };

/**
 * Opened from the link in an email. Opening it changes nothing (mail scanners open links); the button posts to the
 * one-click address, as a plain form, so it works without JavaScript.
 */
const UnsubscribePage = async ({ searchParams }: Props) => {
  const { token, done } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const [landlord, found] = await Promise.all([
    getLandlord(),
    findUnsubscriber(value).catch((error: unknown) => {
      if (error instanceof DomainError) return error;
      throw error;
    }),
  ]);
  return (
    <div className="max-w-2xl">
      <PageHeading>Stop emails about getting involved</PageHeading>
      {found instanceof DomainError ? (
        <p>{found.message}</p>
      ) : done || !found.subscribed ? (
        <Notice title="You will not get any more of these emails">
          <p>
            {found.firstName}, we have recorded that {landlord.name} may not email you about consultations and events.
            You can change this at any time in <Link href="/tenant/details">your contact preferences</Link>, or by{" "}
            <Link href="/contact">contacting us</Link>.
          </p>
        </Notice>
      ) : (
        <>
          <p className="mb-4">
            {found.firstName}, do you want to stop {landlord.name} emailing you about consultations, events and what
            changed because of what tenants said?
          </p>
          <p className="mb-4">Emails you ask for, such as a password reset, still come.</p>
          <form method="post" action={`/unsubscribe/one-click?token=${encodeURIComponent(value)}`}>
            <SubmitButton>Stop these emails</SubmitButton>
          </form>
        </>
      )}
    </div>
  );
};

export default UnsubscribePage;
