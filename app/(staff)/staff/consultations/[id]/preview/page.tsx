import type { Metadata } from "next";
import Link from "next/link";
import { QuestionFields } from "@/components/questions/question-fields";
import { PageHeading } from "@/components/ui/page-heading";
import { IDLE } from "@/lib/actions/form-state";
import { loadConsultation } from "../load";

export const metadata: Metadata = { title: "Preview" };

const PreviewPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const consultation = await loadConsultation(params);
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={`/staff/consultations/${consultation.id}`}>Back to {consultation.title}</Link>
      </p>
      <PageHeading caption="Preview: what a tenant sees">{consultation.title}</PageHeading>
      <p className="mb-6 whitespace-pre-line">{consultation.summary}</p>
      {/* No action: answers typed here go nowhere. */}
      <form aria-label="Preview of the questionnaire">
        <QuestionFields questions={consultation.questions} state={IDLE} />
      </form>
    </div>
  );
};

export default PreviewPage;
