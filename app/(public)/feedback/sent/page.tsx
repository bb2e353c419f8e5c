import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata: Metadata = { title: "Feedback sent" };

const FeedbackSentPage = async ({ searchParams }: { searchParams: Promise<{ reference?: string }> }) => {
  const { reference } = await searchParams;
  // Only a reference in the expected shape is shown back: the address bar is not to be trusted.
  const shown = reference && /^FB-\d{6,}$/.test(reference) ? reference : null;
  return (
    <div className="max-w-2xl">
      <PageHeading>Thank you for your feedback</PageHeading>
      <Notice title="We have your feedback">
        {shown && (
          <p>
            Your reference is <strong>{shown}</strong>. Please quote it if you contact us about it.
          </p>
        )}
        <p>We will reply using the contact details you gave us.</p>
      </Notice>
      <p>
        <Link href="/you-said-we-did">See what we changed because of what tenants told us</Link>
      </p>
    </div>
  );
};

export default FeedbackSentPage;
