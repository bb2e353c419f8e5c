import type { Metadata } from "next";
import Link from "next/link";
import { QuestionFields } from "@/components/questions/question-fields";
import { PageHeading } from "@/components/ui/page-heading";
import { IDLE } from "@/lib/actions/form-state";
import { formatDate } from "@/lib/format";
import { consultationTitle, loadConsultation } from "../load";

export const generateMetadata = async ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> => ({
  title: `${await consultationTitle(params)}: preview and print`,
});

const PreviewPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const consultation = await loadConsultation(params);
  return (
    <div className="max-w-2xl">
      <p className="no-print mb-4">
        <Link href={`/staff/consultations/${consultation.id}`}>Back to {consultation.title}</Link>
      </p>
      <p className="no-print mb-4">This page also prints as a paper questionnaire: use your browser&apos;s Print.</p>
      <PageHeading caption="Have your say">{consultation.title}</PageHeading>
      <p className="mb-6 whitespace-pre-line">{consultation.summary}</p>
      <p className="mb-6 hidden print:block">
        Your name and customer reference (optional): ______________________________. Please return this form to your
        housing office by {formatDate(consultation.closesAt)}.
      </p>
      {/* No action: answers typed here go nowhere. */}
      <form aria-label="Preview of the questionnaire">
        <QuestionFields questions={consultation.questions} state={IDLE} />
      </form>
    </div>
  );
};

export default PreviewPage;
