import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { reviewFormOptions } from "@/lib/scrutiny/form-options";
import { getReview } from "@/lib/scrutiny/queries";
import { isDraft } from "@/lib/scrutiny/rules";
import { ReviewForm } from "../../review-form";

export const metadata: Metadata = { title: "Edit a scrutiny review" };

type Props = { params: Promise<{ id: string }> };

const EditReviewPage = async ({ params }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const [review, options] = await Promise.all([getReview((await params).id, "staff"), reviewFormOptions()]);
  if (!review) notFound();
  return (
    <>
      <p className="mb-4">
        <Link href={`/staff/scrutiny/${review.id}`}>Back to the review</Link>
      </p>
      <PageHeading caption="Edit the review">{review.title}</PageHeading>
      {isDraft(review.status) ? (
        <ReviewForm {...options} review={review} />
      ) : (
        <p>A published report cannot be changed.</p>
      )}
    </>
  );
};

export default EditReviewPage;
