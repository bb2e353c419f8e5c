import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { isoDay, ukToday } from "@/lib/uk-time";
import { PROGRESS_LABEL } from "@/lib/scrutiny/labels";
import { getReview } from "@/lib/scrutiny/queries";
import { recommendationProgress } from "@/lib/scrutiny/rules";
import { ProgressForm, ResponseForm } from "./recommendation-forms";

export const metadata: Metadata = { title: "Respond to a recommendation" };

type Props = { params: Promise<{ id: string; recommendationId: string }> };

const dayOrNull = (date: Date | null) => (date ? isoDay(date) : null);

const RecommendationPage = async ({ params }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const { id, recommendationId } = await params;
  const review = await getReview(id, "staff");
  const recommendation = review?.recommendations.find((r) => r.id === recommendationId);
  if (!review || !recommendation) notFound();
  const now = new Date();
  const progress = recommendationProgress(recommendation, now);
  return (
    <>
      <p className="mb-4">
        <Link href={`/staff/scrutiny/${review.id}`}>Back to {review.title}</Link>
      </p>
      <PageHeading caption={review.title}>Recommendation {recommendation.number}</PageHeading>
      <p className="mb-4 max-w-3xl whitespace-pre-line">{recommendation.text}</p>
      <SummaryList rows={[{ term: "Progress", value: PROGRESS_LABEL[progress] }]} />
      <div className="max-w-2xl">
        {review.status === "AWAITING_RESPONSE" ? (
          <section aria-labelledby="respond" className="mb-10">
            <h2 id="respond" className="mb-4 text-2xl font-bold">
              The landlord&apos;s response
            </h2>
            <ResponseForm
              recommendationId={recommendation.id}
              current={{ ...recommendation, dueOn: dayOrNull(recommendation.dueOn) }}
            />
          </section>
        ) : (
          <p className="mb-6">
            The landlord responds while the review is at the stage &quot;Awaiting the landlord&apos;s response&quot;.
          </p>
        )}
        {(progress === "IN_PROGRESS" || progress === "OVERDUE") && (
          <section aria-labelledby="progress" className="mb-10">
            <h2 id="progress" className="mb-4 text-2xl font-bold">
              Record progress
            </h2>
            <ProgressForm recommendationId={recommendation.id} today={isoDay(ukToday(now))} />
          </section>
        )}
      </div>
    </>
  );
};

export default RecommendationPage;
