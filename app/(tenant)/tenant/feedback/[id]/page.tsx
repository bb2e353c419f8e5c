import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Replies } from "@/components/feedback/replies";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireCustomer } from "@/lib/auth/session";
import { KIND_LABEL, SERVICE_AREA_LABEL, STATUS_LABEL } from "@/lib/feedback/labels";
import { getFeedbackForCustomer } from "@/lib/feedback/queries";
import { feedbackReference } from "@/lib/feedback/rules";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Your feedback" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ sent?: string }> };

const TenantFeedbackItemPage = async ({ params, searchParams }: Props) => {
  const { customerId } = await requireCustomer();
  const [{ id }, { sent }] = await Promise.all([params, searchParams]);
  const item = await getFeedbackForCustomer(id, customerId);
  // Someone else's feedback does not exist as far as this tenant is concerned.
  if (!item) notFound();
  const reference = feedbackReference(item.number);
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/tenant/feedback">Back to your feedback</Link>
      </p>
      <PageHeading caption={reference}>{`Your ${KIND_LABEL[item.kind].toLowerCase()}`}</PageHeading>
      {sent === "yes" && (
        <Notice title="Thank you: we have your feedback">
          <p>Your reference is {reference}. We will reply to you here.</p>
        </Notice>
      )}
      <SummaryList
        rows={[
          { term: "Sent", value: formatDate(item.createdAt) },
          { term: "About", value: SERVICE_AREA_LABEL[item.serviceArea] },
          { term: "Status", value: STATUS_LABEL[item.status] },
          ...(item.status === "RECEIVED" || item.status === "ACKNOWLEDGED"
            ? [{ term: "We aim to answer by", value: formatDate(item.answerBy) }]
            : []),
        ]}
      />
      <h2 className="mb-2 text-2xl font-bold">What you told us</h2>
      <p className="mb-8 whitespace-pre-line">{item.details}</p>
      <h2 className="mb-2 text-2xl font-bold">Our replies</h2>
      <Replies replies={item.replies} empty="We have not replied yet." />
    </div>
  );
};

export default TenantFeedbackItemPage;
