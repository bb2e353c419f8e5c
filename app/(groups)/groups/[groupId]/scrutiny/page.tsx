import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { formatDate } from "@/lib/format";
import { requireGroupSpace } from "@/lib/groups/space-page-access";
import { REVIEW_STATUS_LABEL } from "@/lib/scrutiny/labels";
import { listPanelReviews } from "@/lib/scrutiny/panel-queries";

export const metadata: Metadata = { title: "Our scrutiny reviews" };

type Props = { params: Promise<{ groupId: string }> };

const PanelReviewsPage = async ({ params }: Props) => {
  const { group } = await requireGroupSpace((await params).groupId);
  const reviews = await listPanelReviews(group.id);
  return (
    <>
      <PageHeading>Scrutiny reviews</PageHeading>
      {reviews.length === 0 ? (
        <p>The panel has no reviews yet.</p>
      ) : (
        <ul className="max-w-2xl space-y-3">
          {reviews.map((review) => (
            <li key={review.id}>
              <Link href={`/groups/${group.id}/scrutiny/${review.id}`}>{review.title}</Link>
              {`: ${REVIEW_STATUS_LABEL[review.status]}`}
              {review.reportAgreedAt ? `, report agreed on ${formatDate(review.reportAgreedAt)}` : ""}
            </li>
          ))}
        </ul>
      )}
    </>
  );
};

export default PanelReviewsPage;
