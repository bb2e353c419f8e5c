import { formatDateTime } from "@/lib/format";
import type { PanelReview } from "@/lib/scrutiny/panel-queries";

/** Who wrote each wording of the findings and recommendations, and when, newest first. */
export const DraftHistory = ({ revisions }: { revisions: PanelReview["textRevisions"] }) =>
  revisions.length === 0 ? (
    <p className="mb-8">Nothing has been drafted yet.</p>
  ) : (
    <details className="mb-8">
      <summary className="cursor-pointer underline">Show every wording ({revisions.length})</summary>
      <ol className="mt-4 max-w-3xl space-y-4">
        {revisions.map((revision) => (
          <li key={revision.id} className="border-l-4 border-gray-400 pl-4">
            <p className="font-bold">
              {revision.recommendation ? `Recommendation ${revision.recommendation.number}` : "Findings"}, by{" "}
              {revision.author?.name ?? "a former user"}, {formatDateTime(revision.createdAt)}
            </p>
            <p className="whitespace-pre-line">{revision.text}</p>
          </li>
        ))}
      </ol>
    </details>
  );
