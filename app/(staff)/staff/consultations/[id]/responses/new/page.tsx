import type { Metadata } from "next";
import Link from "next/link";
import { ResponseForm } from "@/components/consultations/response-form";
import { PageHeading } from "@/components/ui/page-heading";
import { enterResponseAction } from "../../../actions";
import { consultationTitle, loadConsultation } from "../../load";

export const generateMetadata = async ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> => ({
  title: `${await consultationTitle(params)}: enter a response`,
});

const EnterResponsePage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const consultation = await loadConsultation(params);
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={`/staff/consultations/${consultation.id}`}>Back to {consultation.title}</Link>
      </p>
      <PageHeading caption={consultation.title}>Enter a paper, phone or meeting response</PageHeading>
      {consultation.effectiveStatus === "OPEN" ? (
        <ResponseForm
          action={enterResponseAction}
          consultationId={consultation.id}
          questions={consultation.questions}
          offline
          submitLabel="Save response"
        />
      ) : (
        <p>Responses can only be entered while the consultation is open.</p>
      )}
    </div>
  );
};

export default EnterResponsePage;
