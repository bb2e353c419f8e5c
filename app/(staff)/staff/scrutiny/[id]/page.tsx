import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReviewReport } from "@/components/scrutiny/review-report";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { isoDay, ukToday } from "@/lib/uk-time";
import { reviewFormOptions } from "@/lib/scrutiny/form-options";
import { REVIEW_STATUS_LABEL } from "@/lib/scrutiny/labels";
import { getReview } from "@/lib/scrutiny/queries";
import { isDraft, isPublic, nextStatuses } from "@/lib/scrutiny/rules";
import { formatDate } from "@/lib/format";
import { EvidenceForm, MeetingAgreementForm, RecommendationForm, StatusForm } from "./review-forms";

export const metadata: Metadata = { title: "Scrutiny review" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; saved?: string }> };

const ReviewPage = async ({ params, searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const [review, { outcomes }, flags] = await Promise.all([
    getReview((await params).id, "staff"),
    reviewFormOptions(),
    searchParams,
  ]);
  if (!review) notFound();
  const now = new Date();
  const next = nextStatuses(review.status).map((status) => ({ value: status, label: REVIEW_STATUS_LABEL[status] }));
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/scrutiny">Back to scrutiny reviews</Link>
      </p>
      <PageHeading caption="Scrutiny review">{review.title}</PageHeading>
      {flags.created && <Notice title="The review has been started." />}
      {flags.saved && <Notice title="The review has been saved." />}
      <p className="mb-6">
        {isPublic(review.status) ? (
          <Link href={`/scrutiny/${review.id}`}>See the published report as the public sees it</Link>
        ) : (
          <>
            The public cannot see this review until the panel publishes its report.{" "}
            <Link href={`/staff/scrutiny/${review.id}/edit`}>Edit the scope, outcomes and findings</Link>
          </>
        )}
      </p>
      <ReviewReport
        review={review}
        now={now}
        recommendationHref={(id) => `/staff/scrutiny/${review.id}/recommendations/${id}`}
      />
      <div className="max-w-2xl">
        {review.status === "REPORTING" && (
          <section aria-labelledby="agreement" className="mb-10">
            <h2 id="agreement" className="mb-4 text-2xl font-bold">
              The panel&apos;s agreement
            </h2>
            {review.reportAgreedAt ? (
              <p>
                {review.agreedAtMeetingOn
                  ? `The panel agreed this report at its meeting on ${formatDate(review.agreedAtMeetingOn)} (minute ${review.agreedMinuteReference}).`
                  : `The panel agreed this report by its vote on ${formatDate(review.reportAgreedAt)}.`}
              </p>
            ) : (
              <>
                <p className="mb-4">
                  The panel agrees its report before it goes to the landlord: by its members&apos; vote in the portal,
                  or at one of its meetings, which you record here.
                </p>
                <MeetingAgreementForm reviewId={review.id} />
              </>
            )}
          </section>
        )}
        {next.length > 0 && (
          <section aria-labelledby="stage" className="mb-10">
            <h2 id="stage" className="mb-4 text-2xl font-bold">
              Move the review on
            </h2>
            <StatusForm reviewId={review.id} next={next} />
          </section>
        )}
        {isDraft(review.status) && (
          <>
            <section aria-labelledby="log-evidence" className="mb-10">
              <h2 id="log-evidence" className="mb-4 text-2xl font-bold">
                Log evidence
              </h2>
              <EvidenceForm reviewId={review.id} today={isoDay(ukToday(now))} />
            </section>
            <section aria-labelledby="add-recommendation" className="mb-10">
              <h2 id="add-recommendation" className="mb-4 text-2xl font-bold">
                Add a recommendation
              </h2>
              <RecommendationForm reviewId={review.id} outcomes={outcomes} />
            </section>
          </>
        )}
      </div>
    </>
  );
};

export default ReviewPage;
