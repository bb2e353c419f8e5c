import Link from "next/link";
import { CommentList } from "@/components/reviews/comment-list";
import { DraftCommentForm } from "@/components/reviews/draft-comment-form";
import { DraftDocumentView } from "@/components/reviews/draft-document";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import type { FormState } from "@/lib/actions/form-state";
import { formatDate } from "@/lib/format";
import type { getReviewForMember } from "@/lib/reviews/queries";

type Props = {
  review: NonNullable<Awaited<ReturnType<typeof getReviewForMember>>>;
  backHref: string;
  commented: boolean;
  action: (state: FormState, data: FormData) => Promise<FormState>;
};

/** One draft as a member of the group asked to read it sees it: the tenant's page and the group space's share it. */
export const MemberDraftReview = ({ review, backHref, commented, action }: Props) => (
  <div className="max-w-3xl">
    <p className="mb-4">
      <Link href={backHref}>All drafts to review</Link>
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
          action={action}
          reviewId={review.id}
          headings={review.draft.sections.map((section) => section.heading)}
        />
      </section>
    )}
  </div>
);
