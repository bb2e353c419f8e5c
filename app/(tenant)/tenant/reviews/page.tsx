import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { count, formatDate } from "@/lib/format";
import { listDraftsToReview } from "@/lib/reviews/queries";

export const metadata: Metadata = { title: "Drafts to review" };

const DraftsToReviewPage = async () => {
  const { user } = await requireCustomer();
  const reviews = await listDraftsToReview(user);
  return (
    <>
      <PageHeading>Drafts to review</PageHeading>
      <p className="mb-6 max-w-2xl text-lg">
        When a group you belong to is asked to read something before it goes out, such as a newsletter, it is listed
        here. Read it and tell us what you think before the closing date.
      </p>
      {reviews.length === 0 ? (
        <p className="mb-6">There is nothing for your groups to review at the moment.</p>
      ) : (
        <DataTable
          caption="Drafts your groups have been asked to review"
          rows={reviews}
          rowKey={(review) => review.id}
          columns={[
            { header: "Draft", cell: (review) => <Link href={`/tenant/reviews/${review.id}`}>{review.title}</Link> },
            { header: "What it is", cell: (review) => `A ${review.noun}` },
            { header: "Group", cell: (review) => review.group.name },
            {
              header: "Comments until",
              cell: (review) => (review.open ? formatDate(review.closesOn) : "Closed"),
            },
            { header: "Your comments", cell: (review) => count(review.myComments, "comment") },
          ]}
        />
      )}
    </>
  );
};

export default DraftsToReviewPage;
