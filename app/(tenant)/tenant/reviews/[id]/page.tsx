import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentList } from "@/components/reviews/comment-list";
import { DraftCommentForm } from "@/components/reviews/draft-comment-form";
import { DraftDocumentView } from "@/components/reviews/draft-document";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { getReviewForMember } from "@/lib/reviews/queries";
import { addDraftCommentAction } from "../actions";

export const metadata: Metadata = { title: "Review a draft" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ commented?: string }> };

const ReviewDraftPage = async ({ params, searchParams }: Props) => {
  const { user } = await requireCustomer();
  const [{ id }, { commented }] = await Promise.all([params, searchParams]);
  // Someone outside the group gets the same answer as for an id that does not exist.
  const review = await getReviewForMember(id.slice(0, 50), user.id);
  if (!review) notFound();
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/tenant/reviews">All drafts to review</Link>
      </p>
      <PageHeading>{review.draft.title}</PageHeading>
      <p className="mb-6 text-lg">
        {review.group.name} has been asked to read this draft {review.draft.noun} before it goes out.{" "}
        {review.open
          ? `You can comment until the end of ${formatDate(review.closesOn)}.`
          : "The review has closed, so it takes no more comments. Thank you for reading."}
      </p>
      {commented && <Notice title="Thank you: we have your comment" />}
      <DraftDocumentView draft={review.draft} />
      <section id="your-comments" className="mb-8" aria-labelledby="your-comments-heading">
        <h2 id="your-comments-heading" className="mb-4 text-2xl font-bold">
          Your comments
        </h2>
        <CommentList
          label="What you have sent"
          empty="You have not commented yet."
          comments={review.comments.map((comment) => ({
            ...comment,
            text: comment.section ? `${comment.section}: ${comment.text}` : comment.text,
          }))}
        />
      </section>
      {review.open && (
        <section aria-labelledby="comment-heading">
          <h2 id="comment-heading" className="mb-4 text-2xl font-bold">
            Add a comment
          </h2>
          <DraftCommentForm
            action={addDraftCommentAction}
            reviewId={review.id}
            headings={review.draft.sections.map((section) => section.heading)}
          />
        </section>
      )}
    </div>
  );
};

export default ReviewDraftPage;
