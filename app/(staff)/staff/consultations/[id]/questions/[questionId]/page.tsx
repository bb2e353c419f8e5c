import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuestionForm } from "@/components/consultations/question-form";
import { PageHeading } from "@/components/ui/page-heading";
import { saveQuestionAction } from "../../../actions";
import { loadConsultation } from "../../load";

export const metadata: Metadata = { title: "Change a question" };

const EditQuestionPage = async ({ params }: { params: Promise<{ id: string; questionId: string }> }) => {
  const consultation = await loadConsultation(params);
  const { questionId } = await params;
  const index = consultation.questions.findIndex((q) => q.id === questionId);
  const question = consultation.questions[index];
  if (!question) notFound();
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={`/staff/consultations/${consultation.id}/questions`}>Back to the questions</Link>
      </p>
      <PageHeading caption={consultation.title}>Change question {index + 1}</PageHeading>
      <QuestionForm
        action={saveQuestionAction}
        consultationId={consultation.id}
        earlier={consultation.questions.slice(0, index)}
        question={question}
      />
    </div>
  );
};

export default EditQuestionPage;
