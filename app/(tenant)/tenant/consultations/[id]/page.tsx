import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentList } from "@/components/consultations/document-list";
import { ResponseForm } from "@/components/consultations/response-form";
import { OutcomeTexts } from "@/components/consultations/outcome-texts";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { RESPONSE_CHANNEL_PHRASE } from "@/lib/consultations/labels";
import { getQuestionnaireForCustomer } from "@/lib/consultations/queries";
import { tenantResponseStep } from "@/lib/consultations/rules";
import { formatDateTime } from "@/lib/format";
import { respondAction } from "./actions";

export const metadata: Metadata = { title: "Have your say" };

const QuestionnairePage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const { customerId } = await requireCustomer();
  const { id } = await params;
  const now = new Date();
  const consultation = await getQuestionnaireForCustomer(id, customerId, now);
  // Drafts and consultations for other audiences do not exist as far as this customer is concerned.
  if (!consultation) notFound();
  const { response } = consultation;
  const step = tenantResponseStep(consultation.effectiveStatus, response);
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/tenant/consultations">Back to your consultations</Link>
      </p>
      <PageHeading caption="Have your say">{consultation.title}</PageHeading>
      <p className="mb-4 whitespace-pre-line">{consultation.summary}</p>
      <DocumentList documents={consultation.documents} />
      {consultation.effectiveStatus === "OUTCOME_PUBLISHED" && (
        <section aria-labelledby="what-changed" className="mb-6">
          <h2 id="what-changed" className="mb-2 text-2xl font-bold">
            What changed
          </h2>
          <OutcomeTexts youSaid={consultation.youSaid} outcome={consultation.outcome} level={3} />
        </section>
      )}
      {step === "not-open" && consultation.effectiveStatus !== "OUTCOME_PUBLISHED" && (
        <Notice
          title={
            consultation.effectiveStatus === "SCHEDULED"
              ? "This consultation has not opened yet"
              : "This consultation has closed"
          }
        >
          <p>
            {consultation.effectiveStatus === "SCHEDULED"
              ? `It opens on ${formatDateTime(consultation.opensAt)}.`
              : "Thank you for your interest. Results and what we did will be published on our You said, We did page."}
          </p>
        </Notice>
      )}
      {step === "responded-offline" && response && (
        <Notice title="We already have your response">
          <p>You responded {RESPONSE_CHANNEL_PHRASE[response.channel]}. Each person can respond once. Thank you.</p>
        </Notice>
      )}
      {(step === "respond" || step === "amend") && (
        <>
          <p className="mb-6">
            Open until {formatDateTime(consultation.closesAt)}.{" "}
            {step === "amend"
              ? "You have already responded. You can change your answers until then."
              : "Questions marked (optional) can be left blank."}
          </p>
          <ResponseForm
            action={respondAction}
            consultationId={consultation.id}
            questions={consultation.questions}
            values={response?.values}
            submitLabel={step === "amend" ? "Save my changed answers" : "Send my response"}
          />
        </>
      )}
    </div>
  );
};

export default QuestionnairePage;
