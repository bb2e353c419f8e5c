import { formatDate, formatDateTime } from "@/lib/format";
import { VOTE_LABEL } from "@/lib/scrutiny/labels";
import type { PanelReview } from "@/lib/scrutiny/panel-queries";

/** The rule, stated where members vote, and every member's recorded vote. */
export const PanelVote = ({ review }: { review: PanelReview }) => (
  <>
    <p className="mb-2 max-w-2xl">
      The report is agreed when more than half of the panel&apos;s current members have voted and more of them have
      voted for it than against. Once it is agreed the vote closes and the report can go to the landlord.
    </p>
    <p className="mb-2 font-bold">
      {review.agreedAtMeetingOn
        ? `The panel agreed this report at its meeting on ${formatDate(review.agreedAtMeetingOn)} (minute ${review.agreedMinuteReference}).`
        : review.reportAgreedAt
          ? `The panel agreed this report on ${formatDate(review.reportAgreedAt)}.`
          : "The panel has not agreed this report yet."}
    </p>
    {review.votes.length === 0 ? (
      <p className="mb-4">No one has voted yet.</p>
    ) : (
      <ul className="mb-4 list-disc pl-6">
        {review.votes.map((vote) => (
          <li key={vote.id}>
            {vote.voter.name}: {VOTE_LABEL[vote.vote]} ({formatDateTime(vote.castAt)})
          </li>
        ))}
      </ul>
    )}
  </>
);
