import { DocumentLinks } from "@/components/consultations/document-list";
import { OutcomeTexts } from "@/components/consultations/outcome-texts";
import { CONSULTATION_TOPIC_LABEL } from "@/lib/consultations/labels";
import type { listClosedPublicConsultations, listPublishedOutcomes } from "@/lib/consultations/queries";
import { formatDate, formatDateTime } from "@/lib/format";

type Consultation = Awaited<ReturnType<typeof listClosedPublicConsultations>>["consultations"][number];
type Outcome = Awaited<ReturnType<typeof listPublishedOutcomes>>["rows"][number];

/** Consultations as the public sees them: what each is about, its documents, and `when` in words. */
export const PublicConsultationList = ({
  items,
  empty,
  when,
}: {
  items: Consultation[];
  empty: string;
  when: (item: Consultation) => string;
}) =>
  items.length === 0 ? (
    <p className="mb-8">{empty}</p>
  ) : (
    <ul className="mb-8 space-y-4">
      {items.map((item) => (
        <li key={item.id} id={`consultation-${item.id}`} className="border-l-4 border-gray-400 pl-4">
          <h3 className="text-lg font-bold">{item.title}</h3>
          <p className="text-gray-700">About: {CONSULTATION_TOPIC_LABEL[item.topic].toLowerCase()}</p>
          <p>{item.summary}</p>
          <p className="text-gray-700">{when(item)}</p>
          {item.documents.length > 0 && <DocumentLinks documents={item.documents} />}
        </li>
      ))}
    </ul>
  );

/** How a closed consultation's line ends: where to read what happened because of it. */
export const closedWhen = (item: Consultation) =>
  `Closed ${formatDateTime(item.closesAt)}. ${item.effectiveStatus === "OUTCOME_PUBLISHED" ? "See what we did on You said, We did." : "What we do about it will be published on You said, We did."}`;

/** "You said, We did" entries, newest first. */
export const OutcomeList = ({ outcomes }: { outcomes: Outcome[] }) =>
  outcomes.length === 0 ? (
    <p>Nothing has been published yet.</p>
  ) : (
    outcomes.map((item) => (
      <article key={item.id} className="mb-8 border-l-4 border-green-800 pl-4" aria-labelledby={`outcome-${item.id}`}>
        <h2 id={`outcome-${item.id}`} className="text-2xl font-bold">
          {item.title}
        </h2>
        <p className="text-gray-700">
          Closed {formatDate(item.closesAt)}. {item._count.responses}{" "}
          {item._count.responses === 1 ? "response" : "responses"}.
        </p>
        <OutcomeTexts youSaid={item.youSaid} outcome={item.outcome} level={3} />
      </article>
    ))
  );
