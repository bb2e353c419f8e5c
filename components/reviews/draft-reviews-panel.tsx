import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import type { FormState } from "@/lib/actions/form-state";
import { formatDate } from "@/lib/format";
import type { DraftSubjectKind } from "@/lib/generated/prisma/enums";
import { listGroups } from "@/lib/groups/queries";
import { listReviewsOfDraft } from "@/lib/reviews/queries";
import { AskForReviewForm } from "./ask-for-review-form";

type Props = {
  subjectKind: DraftSubjectKind;
  subjectId: string;
  /** False once the document has gone out: earlier reviews still show, no new one is asked. */
  isDraft: boolean;
  askAction: (state: FormState, data: FormData) => Promise<FormState>;
};

/** For a document's staff page: the groups asked to review it, their comments, and asking another group. */
export const DraftReviewsPanel = async ({ subjectKind, subjectId, isDraft, askAction }: Props) => {
  const [reviews, groups] = await Promise.all([listReviewsOfDraft(subjectKind, subjectId), listGroups()]);
  return (
    <section className="mb-8" aria-labelledby="draft-reviews">
      <h2 id="draft-reviews" className="mb-4 text-2xl font-bold">
        Review by a group
      </h2>
      {reviews.length === 0 ? (
        <p className="mb-4">No group has been asked to review this yet.</p>
      ) : (
        <DataTable
          caption="Groups asked to review this draft"
          rows={reviews}
          rowKey={(review) => review.id}
          columns={[
            {
              header: "Group",
              cell: (review) => <Link href={`/staff/reviews/${review.id}`}>{review.group.name}</Link>,
            },
            {
              header: "Comments until",
              cell: (review) => (review.open ? formatDate(review.closesOn) : "Closed"),
            },
            { header: "Comments", cell: (review) => review.comments },
          ]}
        />
      )}
      {isDraft && groups.length > 0 && (
        <div className="mt-6">
          <AskForReviewForm action={askAction} subjectKind={subjectKind} subjectId={subjectId} groups={groups} />
        </div>
      )}
    </section>
  );
};
