import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DraftHistory } from "@/components/scrutiny/draft-history";
import { LandlordResponse } from "@/components/scrutiny/landlord-response";
import { PanelVote } from "@/components/scrutiny/panel-vote";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { formatDate } from "@/lib/format";
import { requireGroupSpace } from "@/lib/groups/space-page-access";
import { optionsFrom } from "@/lib/people/labels";
import { EVIDENCE_KIND_LABEL, REVIEW_STATUS_LABEL, VOTE_LABEL } from "@/lib/scrutiny/labels";
import { evidenceFileHref } from "@/lib/scrutiny/evidence-file";
import { getPanelReview } from "@/lib/scrutiny/panel-queries";
import { draftProblem, isDraft, voteProblem } from "@/lib/scrutiny/rules";
import { isoDay, ukToday } from "@/lib/uk-time";
import {
  addPanelEvidenceAction,
  addPanelRecommendationAction,
  castReportVoteAction,
  reviseRecommendationAction,
  saveFindingsAction,
} from "../actions";

export const metadata: Metadata = { title: "Our scrutiny review" };

type Props = { params: Promise<{ groupId: string; reviewId: string }> };

const PanelReviewPage = async ({ params }: Props) => {
  const { groupId, reviewId } = await params;
  const { group, standing } = await requireGroupSpace(groupId);
  const review = await getPanelReview(group.id, reviewId);
  if (!review) notFound();
  const canDraft = !draftProblem(review);
  const canVote = standing === "member" && !voteProblem(review);
  return (
    <>
      <p className="mb-4">
        <Link href={`/groups/${group.id}/scrutiny`}>Back to {group.name}&apos;s reviews</Link>
      </p>
      <PageHeading caption={group.name}>{review.title}</PageHeading>
      <p className="mb-2">Stage: {REVIEW_STATUS_LABEL[review.status]}</p>
      <p className="mb-8 max-w-3xl whitespace-pre-line">{review.scope}</p>

      <h2 className="mb-2 text-2xl font-bold">Agreeing the report</h2>
      <PanelVote review={review} />
      {canVote && (
        <section className="mb-8 max-w-2xl">
          <ActionForm
            action={castReportVoteAction}
            label="Your vote on the report"
            hidden={{ reviewId: review.id }}
            submit="Record my vote"
            fields={[
              { kind: "radio", name: "vote", label: "Your vote on the report", options: optionsFrom(VOTE_LABEL) },
            ]}
          />
        </section>
      )}

      <h2 className="mb-2 text-2xl font-bold">Findings</h2>
      {canDraft ? (
        <section className="mb-8 max-w-3xl">
          <ActionForm
            action={saveFindingsAction}
            label="Draft the findings"
            kind="secondary"
            hidden={{ reviewId: review.id }}
            submit="Save the findings"
            fields={[
              {
                kind: "textarea",
                name: "findings",
                label: "The panel's findings",
                hint: "Every saved wording is kept with your name and the time.",
                rows: 8,
                defaultValue: review.findings ?? "",
              },
            ]}
          />
        </section>
      ) : (
        <p className="mb-8 max-w-3xl whitespace-pre-line">{review.findings ?? "No findings were recorded."}</p>
      )}

      <h2 className="mb-2 text-2xl font-bold">Recommendations</h2>
      {review.recommendations.length === 0 && <p className="mb-4">No recommendations yet.</p>}
      <ol className="mb-6 max-w-3xl space-y-6">
        {review.recommendations.map((r) => (
          <li key={r.id} className="border-l-4 border-gray-400 pl-4">
            <h3 className="text-xl font-bold">Recommendation {r.number}</h3>
            {canDraft ? (
              <ActionForm
                action={reviseRecommendationAction}
                label={`Redraft recommendation ${r.number}`}
                kind="secondary"
                idPrefix={`recommendation-${r.id}`}
                hidden={{ recommendationId: r.id }}
                submit={`Save recommendation ${r.number}`}
                fields={[{ kind: "textarea", name: "text", label: "Wording", rows: 3, defaultValue: r.text }]}
              />
            ) : (
              <p className="mb-2 whitespace-pre-line">{r.text}</p>
            )}
            {!isDraft(review.status) || review.status === "AWAITING_RESPONSE" ? (
              <LandlordResponse recommendation={r} />
            ) : null}
          </li>
        ))}
      </ol>
      {canDraft && (
        <section className="mb-8 max-w-3xl">
          <ActionForm
            action={addPanelRecommendationAction}
            label="Add a recommendation"
            kind="secondary"
            hidden={{ reviewId: review.id }}
            submit="Add the recommendation"
            fields={[{ kind: "textarea", name: "text", label: "New recommendation", rows: 3 }]}
          />
        </section>
      )}
      <h3 className="mb-2 text-xl font-bold">Who wrote what</h3>
      <DraftHistory revisions={review.textRevisions} />

      <h2 className="mb-2 text-2xl font-bold">Evidence</h2>
      {review.evidence.length === 0 ? (
        <p className="mb-4">No evidence has been added yet.</p>
      ) : (
        <div className="mb-6">
          <DataTable
            caption="Evidence gathered"
            rowKey={(row) => row.id}
            rows={review.evidence}
            columns={[
              { header: "Date", cell: (row) => formatDate(row.gatheredOn) },
              { header: "Kind", cell: (row) => EVIDENCE_KIND_LABEL[row.kind] },
              { header: "Note", cell: (row) => <span className="whitespace-pre-line">{row.note}</span> },
              {
                header: "File",
                cell: (row) =>
                  row.fileName ? <a href={evidenceFileHref(group.id, review.id, row.id)}>{row.fileName}</a> : "None",
              },
              { header: "Added by", cell: (row) => row.addedBy?.name ?? "An officer" },
            ]}
          />
        </div>
      )}
      {isDraft(review.status) && (
        <section className="max-w-2xl">
          <ActionForm
            action={addPanelEvidenceAction}
            label="Add evidence"
            kind="secondary"
            hidden={{ reviewId: review.id }}
            submit="Add the evidence"
            fields={[
              { kind: "radio", name: "kind", label: "Kind of evidence", options: optionsFrom(EVIDENCE_KIND_LABEL) },
              { kind: "date", name: "gatheredOn", label: "Date gathered", defaultValue: isoDay(ukToday(new Date())) },
              {
                kind: "textarea",
                name: "note",
                label: "What you found",
                hint: "What you read, saw or heard. Do not name tenants.",
              },
              {
                kind: "file",
                name: "file",
                label: "A file (optional)",
                hint: "A PDF, or a JPEG or PNG photo, of 10 MB or less. Only the panel and officers see it.",
                accept: "application/pdf,image/jpeg,image/png",
              },
            ]}
          />
        </section>
      )}
    </>
  );
};

export default PanelReviewPage;
