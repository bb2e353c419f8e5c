import type { Metadata } from "next";
import Link from "next/link";
import { ConsultationForm } from "@/components/consultations/consultation-form";
import { PageHeading } from "@/components/ui/page-heading";
import { ukDay } from "@/lib/uk-time";
import { getAudienceChoices } from "@/lib/consultations/queries";
import { updateConsultationAction } from "../../actions";
import { consultationTitle, loadConsultation } from "../load";

export const generateMetadata = async ({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> => ({
  title: `${await consultationTitle(params)}: change details`,
});

const EditConsultationPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  const consultation = await loadConsultation(params);
  const choices = await getAudienceChoices();
  const { id, title, summary, topic, outcomeDueDays, audienceAreaIds, audienceKinds, audienceGroupIds } = consultation;
  const { audienceSupportNeeds, audienceEqualityAnswers } = consultation;
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={`/staff/consultations/${consultation.id}`}>Back to {consultation.title}</Link>
      </p>
      <PageHeading caption={consultation.title}>Change title, dates and audience</PageHeading>
      {consultation.status === "DRAFT" ? (
        <ConsultationForm
          action={updateConsultationAction}
          choices={choices}
          today={ukDay(new Date())}
          current={{
            ...{ id, title, summary, topic, outcomeDueDays, audienceAreaIds, audienceKinds, audienceGroupIds },
            ...{ audienceSupportNeeds, audienceEqualityAnswers },
            opensOn: ukDay(consultation.opensAt),
            closesOn: ukDay(consultation.closesAt),
          }}
        />
      ) : (
        <p>It has been published, so its title, dates and audience can no longer change.</p>
      )}
    </div>
  );
};

export default EditConsultationPage;
