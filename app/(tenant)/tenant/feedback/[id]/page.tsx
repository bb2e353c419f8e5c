import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OmbudsmanNotice } from "@/components/feedback/ombudsman-notice";
import { Replies } from "@/components/feedback/replies";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireCustomer } from "@/lib/auth/session";
import { landlordRegime } from "@/lib/feedback/clock";
import { KIND_LABEL, SERVICE_AREA_LABEL, stageLabel, STATUS_LABEL } from "@/lib/feedback/labels";
import { getFeedbackForCustomer } from "@/lib/feedback/queries";
import { canEscalate, feedbackReference, isOpenStatus } from "@/lib/feedback/rules";
import { formatDate } from "@/lib/format";
import { StageTwoForm } from "./stage-two-form";

export const metadata: Metadata = { title: "Your feedback" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ sent?: string; asked?: string }> };

const TenantFeedbackItemPage = async ({ params, searchParams }: Props) => {
  const { customerId } = await requireCustomer();
  const [{ id }, { sent, asked }] = await Promise.all([params, searchParams]);
  const [item, regime] = await Promise.all([getFeedbackForCustomer(id, customerId), landlordRegime()]);
  // Someone else's feedback does not exist as far as this tenant is concerned.
  if (!item) notFound();
  const reference = feedbackReference(item.number);
  const complaint = item.kind === "COMPLAINT";
  const stageTwo = stageLabel(regime, 2);
  const finished = item.status === "ANSWERED" || item.status === "CLOSED";
  const reason = item.stages.find((stage) => stage.stage === 2)?.requestReason;
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
      {asked === "yes" && (
        <Notice title={`We have your request for ${stageTwo.toLowerCase()}`}>
          <p>A senior officer will look at your complaint again and answer by the date below.</p>
        </Notice>
      )}
      <SummaryList
        rows={[
          { term: "Sent", value: formatDate(item.createdAt) },
          { term: "About", value: SERVICE_AREA_LABEL[item.serviceArea] },
          ...(complaint ? [{ term: "Stage", value: stageLabel(regime, item.stage) }] : []),
          { term: "Status", value: STATUS_LABEL[item.status] },
          ...(isOpenStatus(item.status) ? [{ term: "We aim to answer by", value: formatDate(item.answerBy) }] : []),
        ]}
      />
      <h2 className="mb-2 text-2xl font-bold">What you told us</h2>
      <p className="mb-8 whitespace-pre-line">{item.details}</p>
      {item.photoType && (
        // eslint-disable-next-line @next/next/no-img-element -- a private file, served only to its sender and staff
        <img src={`/tenant/feedback/${item.id}/photo`} alt="The photo you sent" className="mb-8 max-h-96 w-auto" />
      )}
      {reason && (
        <>
          <h2 className="mb-2 text-2xl font-bold">Why you asked for {stageTwo.toLowerCase()}</h2>
          <p className="mb-8 whitespace-pre-line">{reason}</p>
        </>
      )}
      <h2 className="mb-2 text-2xl font-bold">Our replies</h2>
      <div className="mb-8">
        <Replies replies={item.replies} empty="We have not replied yet." />
      </div>
      {complaint && canEscalate(item) && (
        <section aria-labelledby="stage-two" className="mb-8">
          <h2 id="stage-two" className="mb-2 text-2xl font-bold">
            Not happy with our answer?
          </h2>
          <p className="mb-4">
            You can ask us to take your complaint to {stageTwo.toLowerCase()}. A more senior officer who was not
            involved before will look at it again and give you our final answer.
          </p>
          <StageTwoForm feedbackId={item.id} stageTwo={stageTwo} />
        </section>
      )}
      {complaint && item.stage === 2 && finished && <OmbudsmanNotice regime={regime} />}
    </div>
  );
};

export default TenantFeedbackItemPage;
