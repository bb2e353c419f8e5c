import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { count, formatDate } from "@/lib/format";
import { requireGroupSpace } from "@/lib/groups/space-page-access";
import { listDraftsToReview } from "@/lib/reviews/queries";

export const metadata: Metadata = { title: "Drafts to review" };

type Props = { params: Promise<{ groupId: string }> };

/** The drafts this group was asked to read: its members read and comment here, customers or not. */
const GroupDraftsPage = async ({ params }: Props) => {
  const { user, group, membership } = await requireGroupSpace((await params).groupId);
  const reviews = await listDraftsToReview(user, new Date(), group.id);
  return (
    <>
      <PageHeading>Drafts to review</PageHeading>
      <p className="mb-6 max-w-2xl text-lg">
        When the group is asked to read something before it goes out, such as a newsletter, it is listed here. Read it
        and send your comments before the closing date.
      </p>
      {!membership ? (
        <p className="mb-6">
          Only the group&apos;s members comment here. Officers read the comments beside the draft itself.
        </p>
      ) : reviews.length === 0 ? (
        <p className="mb-6">There is nothing for the group to review at the moment.</p>
      ) : (
        <DataTable
          caption={`Drafts ${group.name} has been asked to review`}
          rows={reviews}
          rowKey={(review) => review.id}
          columns={[
            {
              header: "Draft",
              cell: (review) => <Link href={`/groups/${group.id}/drafts/${review.id}`}>{review.title}</Link>,
            },
            { header: "What it is", cell: (review) => `A ${review.noun}` },
            { header: "Comments until", cell: (review) => (review.open ? formatDate(review.closesOn) : "Closed") },
            { header: "Your comments", cell: (review) => count(review.myComments, "comment") },
          ]}
        />
      )}
    </>
  );
};

export default GroupDraftsPage;
