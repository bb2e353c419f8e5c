import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { SummaryList } from "@/components/ui/summary-list";
import { formatDate } from "@/lib/format";
import {
  EVIDENCE_KIND_LABEL,
  PROGRESS_LABEL,
  RESPONSE_LABEL,
  REVIEW_STATUS_LABEL,
  TOPIC_SOURCE_LABEL,
} from "@/lib/scrutiny/labels";
import type { ReviewPage } from "@/lib/scrutiny/queries";
import { recommendationProgress } from "@/lib/scrutiny/rules";
import { OutcomeList } from "./outcome-list";

type Props = {
  review: ReviewPage;
  now: Date;
  /** Staff get a link from each recommendation to its response and progress forms. */
  recommendationHref?: (id: string) => string;
};

/** A scrutiny review as the panel reports it: topic, evidence, findings, and the landlord's response to each recommendation. */
export const ReviewReport = ({ review, now, recommendationHref }: Props) => (
  <>
    <SummaryList
      rows={[
        { term: "Scrutiny panel", value: review.panel.name },
        { term: "Stage", value: REVIEW_STATUS_LABEL[review.status] },
        ...(review.publishedAt ? [{ term: "Report published", value: formatDate(review.publishedAt) }] : []),
        {
          term: "Where the topic came from",
          value: `${TOPIC_SOURCE_LABEL[review.topicSource]}: ${review.topicDetail}`,
        },
        { term: "What the review looked at", value: <span className="whitespace-pre-line">{review.scope}</span> },
        { term: "Outcomes it evidences", value: <OutcomeList codes={review.outcomeCodes} /> },
      ]}
    />
    <h2 className="mb-2 text-2xl font-bold">Evidence gathered</h2>
    {review.evidence.length === 0 ? (
      <p className="mb-8">No evidence has been logged yet.</p>
    ) : (
      <div className="mb-8">
        <DataTable
          caption="Evidence gathered"
          rows={review.evidence}
          rowKey={(item) => item.id}
          columns={[
            { header: "Date", cell: (item) => formatDate(item.gatheredOn) },
            { header: "Kind", cell: (item) => EVIDENCE_KIND_LABEL[item.kind] },
            { header: "Note", cell: (item) => item.note },
          ]}
        />
      </div>
    )}
    <h2 className="mb-2 text-2xl font-bold">Findings</h2>
    <p className="mb-8 max-w-3xl whitespace-pre-line">
      {review.findings ?? "The panel has not recorded its findings yet."}
    </p>
    <h2 className="mb-2 text-2xl font-bold">Recommendations and the landlord&apos;s response</h2>
    {review.recommendations.length === 0 && <p className="mb-8">The panel has not made any recommendations yet.</p>}
    {review.recommendations.map((recommendation) => {
      const progress = recommendationProgress(recommendation, now);
      return (
        <section
          key={recommendation.id}
          id={`recommendation-${recommendation.number}`}
          aria-labelledby={`recommendation-${recommendation.number}-heading`}
          className="mb-8 max-w-3xl border-l-4 border-gray-400 pl-4"
        >
          <h3 id={`recommendation-${recommendation.number}-heading`} className="text-xl font-bold">
            Recommendation {recommendation.number}
          </h3>
          <p className="mb-2 whitespace-pre-line">{recommendation.text}</p>
          <SummaryList
            rows={[
              {
                term: "Response",
                value: recommendation.response
                  ? RESPONSE_LABEL[recommendation.response]
                  : "Awaiting the landlord's response",
              },
              ...(recommendation.responseReason ? [{ term: "Why", value: recommendation.responseReason }] : []),
              ...(recommendation.action ? [{ term: "Action", value: recommendation.action }] : []),
              ...(recommendation.actionOwner ? [{ term: "Owner", value: recommendation.actionOwner }] : []),
              ...(recommendation.dueOn ? [{ term: "Due", value: formatDate(recommendation.dueOn) }] : []),
              {
                term: "Progress",
                value:
                  progress === "OVERDUE" ? (
                    <strong className="text-red-800">{PROGRESS_LABEL.OVERDUE}</strong>
                  ) : (
                    PROGRESS_LABEL[progress]
                  ),
              },
              { term: "Outcomes it evidences", value: <OutcomeList codes={recommendation.outcomeCodes} /> },
            ]}
          />
          {recommendation.updates.length > 0 && (
            <>
              <h4 className="mb-1 text-lg font-bold">Progress updates</h4>
              <ul className="mb-4 list-disc pl-6">
                {recommendation.updates.map((update) => (
                  <li key={update.id}>
                    {formatDate(update.recordedOn)}: {update.note}
                    {update.completes && " (action complete)"}
                  </li>
                ))}
              </ul>
            </>
          )}
          {recommendationHref && (
            <p>
              <Link href={recommendationHref(recommendation.id)}>
                Respond or record progress on recommendation {recommendation.number}
              </Link>
            </p>
          )}
        </section>
      );
    })}
  </>
);
