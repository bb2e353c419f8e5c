import type { Metadata } from "next";
import Link from "next/link";
import { QuestionForm } from "@/components/consultations/question-form";
import { ActionButton } from "@/components/ui/action-button";
import { PageHeading } from "@/components/ui/page-heading";
import { QUESTION_TYPE_LABEL, SCALE_KIND_LABEL } from "@/lib/questions/labels";
import { moveQuestionAction, removeQuestionAction, saveQuestionAction } from "../../actions";
import { consultationTitle, loadConsultation } from "../load";

export const generateMetadata = async ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> => ({
  title: `${await consultationTitle(params)}: questions`,
});

const QuestionsPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const consultation = await loadConsultation(params);
  const { id, questions } = consultation;
  // Once anyone has answered, the questions are fixed (the use cases refuse changes too).
  const editable = consultation._count.responses === 0;
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={`/staff/consultations/${id}`}>Back to {consultation.title}</Link>
      </p>
      <PageHeading caption={consultation.title}>Questions</PageHeading>
      {!editable && <p className="mb-6">People have responded, so the questions can no longer change.</p>}
      {questions.length === 0 ? (
        <p className="mb-6">There are no questions yet.</p>
      ) : (
        <ol className="mb-8 space-y-4">
          {questions.map((question, index) => (
            <li key={question.id} className="border-l-4 border-gray-400 pl-4">
              {question.section && question.section !== questions[index - 1]?.section && (
                <p className="font-bold text-gray-700">Section: {question.section}</p>
              )}
              <h2 className="text-lg font-bold">
                {index + 1}. {question.label}
              </h2>
              <p className="text-gray-700">
                {QUESTION_TYPE_LABEL[question.type]}
                {question.scaleKind && `: ${SCALE_KIND_LABEL[question.scaleKind].toLowerCase()}`}
                {question.required ? ", answer needed" : ", optional"}
                {question.options.length > 0 &&
                  `. Answers: ${question.options.join(", ")}${question.allowOther ? ", other" : ""}`}
                {question.showIfQuestionId &&
                  `. Asked only if question ${questions.findIndex((q) => q.id === question.showIfQuestionId) + 1} was answered “${question.showIfAnswer}”`}
              </p>
              {editable && (
                <div className="mt-2 flex flex-wrap items-start gap-3">
                  <Link href={`/staff/consultations/${id}/questions/${question.id}`}>
                    Change<span className="sr-only"> question {index + 1}</span>
                  </Link>
                  {index > 0 && (
                    <ActionButton
                      action={moveQuestionAction}
                      fields={{ consultationId: id, questionId: question.id, direction: "up" }}
                    >
                      Move up<span className="sr-only"> question {index + 1}</span>
                    </ActionButton>
                  )}
                  {index < questions.length - 1 && (
                    <ActionButton
                      action={moveQuestionAction}
                      fields={{ consultationId: id, questionId: question.id, direction: "down" }}
                    >
                      Move down<span className="sr-only"> question {index + 1}</span>
                    </ActionButton>
                  )}
                  <ActionButton action={removeQuestionAction} fields={{ consultationId: id, questionId: question.id }}>
                    Remove<span className="sr-only"> question {index + 1}</span>
                  </ActionButton>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <>
          <h2 className="mb-4 text-2xl font-bold">Add a question</h2>
          <QuestionForm action={saveQuestionAction} consultationId={id} earlier={questions} />
        </>
      )}
    </div>
  );
};

export default QuestionsPage;
