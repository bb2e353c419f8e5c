import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CloseReviewForm } from "@/components/reviews/close-review-form";
import { CommentList } from "@/components/reviews/comment-list";
import { DraftDocumentView } from "@/components/reviews/draft-document";
import { PageHeading } from "@/components/ui/page-heading";
import { AREA_ROLES } from "@/lib/auth/rules";
import { requireRole } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { getReviewForOfficer } from "@/lib/reviews/queries";
import { closeReviewAction } from "../actions";

export const metadata: Metadata = { title: "Review of a draft" };

type Props = { params: Promise<{ id: string }> };

/** The draft with its group's comments beside each section, for the officer who asked. */
const StaffReviewPage = async ({ params }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const review = await getReviewForOfficer((await params).id.slice(0, 50));
  if (!review) notFound();
  const about = (section: string | null) => review.comments.filter((comment) => comment.section === section);
  // A heading renamed or removed since the comment was made: the comment still shows, below the draft.
  const headings = new Set(review.draft.sections.map((section) => section.heading));
  const earlier = review.comments.filter((comment) => comment.section !== null && !headings.has(comment.section));
  return (
    <div className="max-w-6xl">
      <p className="mb-4">
        <Link href={review.draft.staffHref}>Back to the draft</Link>
      </p>
      <PageHeading>Comments on {review.draft.title}</PageHeading>
      <p className="mb-6 text-lg">
        {review.group.name} was asked on {formatDate(review.createdAt)}
        {review.askedBy ? ` by ${review.askedBy.name}` : ""}.{" "}
        {review.open
          ? `Members can comment until the end of ${formatDate(review.closesOn)}.`
          : "This review is closed: it takes no more comments."}
      </p>
      <div className="mb-8">
        <CommentList comments={about(null)} label="On the whole draft" empty="No comments on the whole draft." />
      </div>
      <DraftDocumentView
        draft={review.draft}
        beside={(heading) => (
          <CommentList comments={about(heading)} label={`On ${heading}`} empty="No comments on this section." />
        )}
      />
      {earlier.length > 0 && (
        <div className="mb-8">
          <CommentList
            comments={earlier.map((comment) => ({ ...comment, text: `${comment.section}: ${comment.text}` }))}
            label="On sections since renamed or removed"
            empty=""
          />
        </div>
      )}
      {review.open && <CloseReviewForm action={closeReviewAction} reviewId={review.id} />}
    </div>
  );
};

export default StaffReviewPage;
