import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { formatDate } from "@/lib/format";

// It reads the query string, so it is rendered per request, not cached with the other public pages (decision 16).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Feedback sent" };

type Query = { reference?: string; by?: string };

const FeedbackSentPage = async ({ searchParams }: { searchParams: Promise<Query> }) => {
  const { reference, by } = await searchParams;
  // Only a reference and a date in the expected shape are shown back: the address bar is not to be trusted.
  const shown = reference && /^FB-\d{6,}$/.test(reference) ? reference : null;
  const replyBy =
    by && /^\d{4}-\d{2}-\d{2}$/.test(by) && !Number.isNaN(Date.parse(by)) ? new Date(`${by}T00:00:00Z`) : null;
  return (
    <div className="max-w-2xl">
      <PageHeading>Thank you for your feedback</PageHeading>
      <Notice title="We have your feedback">
        {shown && (
          <p>
            Your reference is <strong>{shown}</strong>. Please quote it if you contact us about it.
          </p>
        )}
        <p>
          We will reply using the contact details you gave us
          {replyBy ? <>, by {formatDate(replyBy)} at the latest.</> : "."}
        </p>
      </Notice>
      <p>
        <Link href="/you-said-we-did">See what we changed because of what tenants told us</Link>
      </p>
    </div>
  );
};

export default FeedbackSentPage;
