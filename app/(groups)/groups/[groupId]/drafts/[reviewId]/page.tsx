import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MemberDraftReview } from "@/components/reviews/member-draft-review";
import { requireGroupSpace } from "@/lib/groups/space-page-access";
import { getReviewForMember } from "@/lib/reviews/queries";
import { addDraftCommentInSpaceAction } from "../../actions";

export const metadata: Metadata = { title: "Review a draft" };

type Props = { params: Promise<{ groupId: string; reviewId: string }>; searchParams: Promise<{ commented?: string }> };

/** A draft sent to this group, for a current member (a tenant or a councillor alike) to read and comment on. */
const GroupDraftPage = async ({ params, searchParams }: Props) => {
  const [{ groupId, reviewId }, { commented }] = await Promise.all([params, searchParams]);
  const { user, group } = await requireGroupSpace(groupId);
  // A draft sent to another group, or a moderator who is not a member, gets the same answer as a wrong id.
  const review = await getReviewForMember(reviewId.slice(0, 50), user);
  if (!review || review.group.id !== group.id) notFound();
  return (
    <MemberDraftReview
      review={review}
      backHref={`/groups/${group.id}/drafts`}
      commented={Boolean(commented)}
      action={addDraftCommentInSpaceAction}
    />
  );
};

export default GroupDraftPage;
