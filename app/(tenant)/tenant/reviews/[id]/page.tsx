import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MemberDraftReview } from "@/components/reviews/member-draft-review";
import { requireCustomer } from "@/lib/auth/session";
import { getReviewForMember } from "@/lib/reviews/queries";
import { addDraftCommentAction } from "../actions";

export const metadata: Metadata = { title: "Review a draft" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ commented?: string }> };

const ReviewDraftPage = async ({ params, searchParams }: Props) => {
  const { user } = await requireCustomer();
  const [{ id }, { commented }] = await Promise.all([params, searchParams]);
  // Someone outside the group gets the same answer as for an id that does not exist.
  const review = await getReviewForMember(id.slice(0, 50), user);
  if (!review) notFound();
  return (
    <MemberDraftReview
      review={review}
      backHref="/tenant/reviews"
      commented={Boolean(commented)}
      action={addDraftCommentAction}
    />
  );
};

export default ReviewDraftPage;
