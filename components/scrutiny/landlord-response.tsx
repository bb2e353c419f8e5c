import { formatDate } from "@/lib/format";
import { RESPONSE_LABEL } from "@/lib/scrutiny/labels";
import type { PanelReview } from "@/lib/scrutiny/panel-queries";

type Recommendation = PanelReview["recommendations"][number];

/** The landlord's answer to one recommendation and the progress reported on its action, back in the panel's space. */
export const LandlordResponse = ({ recommendation: r }: { recommendation: Recommendation }) => {
  if (!r.response) return <p className="mb-2">The landlord has not responded yet.</p>;
  return (
    <div className="mb-2">
      <p>
        <strong>Landlord&apos;s response:</strong> {RESPONSE_LABEL[r.response]}
        {r.responseReason ? `. ${r.responseReason}` : ""}
      </p>
      {r.action && (
        <p>
          Action: {r.action} (owner {r.actionOwner}, due {formatDate(r.dueOn)})
          {r.completedOn ? `, completed ${formatDate(r.completedOn)}` : ""}.
        </p>
      )}
      {r.updates.length > 0 && (
        <ul className="list-disc pl-6">
          {r.updates.map((update) => (
            <li key={update.id}>
              {formatDate(update.recordedOn)}: {update.note}
              {update.completes ? " (complete)" : ""}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};
