import type { Metadata } from "next";
import Link from "next/link";
import { DocumentForm } from "@/components/consultations/document-form";
import { OutcomeForm } from "@/components/consultations/outcome-form";
import { ActionButton } from "@/components/ui/action-button";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { describeSize } from "@/lib/consultations/document-rules";
import { documentHref } from "@/lib/consultations/documents";
import { CONSULTATION_STATUS_LABEL, CONSULTATION_TOPIC_LABEL, doneMessage } from "@/lib/consultations/labels";
import { isOutcomeOverdue, outcomeDueAt } from "@/lib/consultations/rules";
import { formatDateTime } from "@/lib/format";
import { getLandlord } from "@/lib/landlord/queries";
import { outcomeOptions } from "@/lib/outcomes/standards";
import { attachDocumentAction, publishOutcomeAction, publishResultsAction, removeDocumentAction } from "../actions";
import { consultationTitle, loadConsultation } from "./load";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string | string[] }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({
  title: await consultationTitle(params),
});

const ConsultationPage = async ({ params, searchParams }: Props) => {
  const consultation = await loadConsultation(params);
  const done = doneMessage((await searchParams).done);
  const { id, effectiveStatus: status, documents } = consultation;
  const ref = { consultationId: id };
  const base = `/staff/consultations/${id}`;
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/consultations">Back to consultations</Link>
      </p>
      <PageHeading caption="Consultation">{consultation.title}</PageHeading>
      {done && <Notice title={done} />}
      <SummaryList
        rows={[
          { term: "Status", value: CONSULTATION_STATUS_LABEL[status] },
          { term: "About", value: CONSULTATION_TOPIC_LABEL[consultation.topic] },
          { term: "Opens", value: formatDateTime(consultation.opensAt) },
          { term: "Closes", value: formatDateTime(consultation.closesAt) },
          {
            term: "Outcome due",
            value: (
              <>
                {formatDateTime(outcomeDueAt(consultation.closesAt, consultation.outcomeDueDays))}
                {isOutcomeOverdue(consultation, new Date()) && <strong className="block text-red-800">Overdue</strong>}
              </>
            ),
          },
          { term: "Questions", value: consultation.questions.length },
          { term: "Responses", value: consultation._count.responses },
        ]}
      />
      <h2 className="mb-2 text-2xl font-bold">Work on it</h2>
      <ul className="mb-8 list-disc space-y-1 pl-6">
        {status === "DRAFT" && (
          <li>
            <Link href={`${base}/edit`}>Change title, dates and audience</Link>
          </li>
        )}
        <li>
          <Link href={`${base}/questions`}>
            {consultation._count.responses ? "See the questions" : "Add and change questions"}
          </Link>
        </li>
        <li>
          <Link href={`${base}/preview`}>Preview as a tenant sees it, or print a paper copy</Link>
        </li>
        {status === "OPEN" && (
          <>
            <li>
              <Link href={`${base}/responses/new`}>Enter a paper, phone or meeting response</Link>
            </li>
            <li>
              <Link href={`${base}/close`}>Close it before its closing date</Link>
            </li>
          </>
        )}
        {status !== "DRAFT" && (
          <li>
            <Link href={`${base}/results`}>Results</Link>
          </li>
        )}
      </ul>
      <h2 className="mb-2 text-2xl font-bold">Documents</h2>
      {documents.length === 0 ? (
        <p className="mb-4">No documents attached yet.</p>
      ) : (
        <ul className="mb-4 space-y-2">
          {documents.map((document) => (
            <li key={document.id} className="flex flex-wrap items-center gap-3">
              <a href={documentHref(document)}>{document.title}</a> ({describeSize(document.sizeBytes)})
              <ActionButton action={removeDocumentAction} fields={{ ...ref, documentId: document.id }}>
                Remove<span className="sr-only"> {document.title}</span>
              </ActionButton>
            </li>
          ))}
        </ul>
      )}
      <DocumentForm action={attachDocumentAction} consultationId={id} />
      <h2 className="mb-2 text-2xl font-bold">Next step</h2>
      {status === "DRAFT" && <ButtonLink href={`${base}/publish`}>Publish consultation</ButtonLink>}
      {status === "SCHEDULED" && <p>It opens by itself on its opening date.</p>}
      {status === "OPEN" && (
        <p>
          It is open until {formatDateTime(consultation.closesAt)} and closes by itself then. Meanwhile, enter any
          paper, phone or meeting responses as they arrive.
        </p>
      )}
      {status === "CLOSED" && (
        <ActionButton action={publishResultsAction} fields={ref}>
          Publish results
        </ActionButton>
      )}
      {status === "RESULTS_PUBLISHED" && (
        <OutcomeForm
          action={publishOutcomeAction}
          consultationId={id}
          outcomes={outcomeOptions((await getLandlord()).regime)}
        />
      )}
      {status === "OUTCOME_PUBLISHED" && (
        <>
          <p className="mb-2">
            Published on You said, We did on {formatDateTime(consultation.outcomePublishedAt ?? consultation.closesAt)}:
          </p>
          <h3 className="mt-2 font-bold">You said</h3>
          <p className="whitespace-pre-line border-l-4 border-gray-400 pl-4">{consultation.youSaid}</p>
          <h3 className="mt-2 font-bold">We did</h3>
          <p className="whitespace-pre-line border-l-4 border-gray-400 pl-4">{consultation.outcome}</p>
        </>
      )}
    </>
  );
};

export default ConsultationPage;
