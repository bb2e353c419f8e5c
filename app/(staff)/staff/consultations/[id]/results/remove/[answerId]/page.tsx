import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { PageHeading } from "@/components/ui/page-heading";
import { getWrittenAnswer } from "@/lib/consultations/queries";
import { redactAnswerAction } from "../../../../actions";
import { loadConsultation } from "../../../load";

export const metadata: Metadata = { title: "Remove a written answer?" };

type Props = { params: Promise<{ id: string; answerId: string }> };

/** The words go for good, from results and downloads for everyone who reads them: shown once more before that. */
const RemoveAnswerPage = async ({ params }: Props) => {
  const consultation = await loadConsultation(params);
  const { answerId } = await params;
  if (!/^\d{1,18}$/.test(answerId)) notFound();
  const answer = await getWrittenAnswer(consultation.id, BigInt(answerId));
  if (!answer) notFound();
  const results = `/staff/consultations/${consultation.id}/results`;
  if (answer.redactedAt) redirect(results);
  return (
    <div className="max-w-2xl">
      <PageHeading caption={consultation.title}>Remove this written answer?</PageHeading>
      <p className="mb-2 font-bold">{answer.question.label}</p>
      <blockquote className="mb-4 whitespace-pre-line border-l-4 border-gray-400 pl-4">{answer.text}</blockquote>
      <ul className="mb-4 list-disc space-y-1 pl-6">
        <li>
          The words are deleted for good from 1 response. Staff, panels and downloads will see &ldquo;Removed by an
          officer&rdquo;.
        </li>
        <li>
          The rest of this customer&rsquo;s response stays. The audit log records that you removed it, not what it said.
        </li>
      </ul>
      <ConfirmForm
        action={redactAnswerAction}
        fields={{ consultationId: consultation.id, answerId }}
        confirm="Yes, remove the answer"
        cancelHref={results}
      />
    </div>
  );
};

export default RemoveAnswerPage;
