import type { Metadata } from "next";
import { ConsultationForm } from "@/components/consultations/consultation-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { ukDay } from "@/lib/uk-time";
import { getAudienceChoices } from "@/lib/consultations/queries";
import { createConsultationAction } from "../actions";

export const metadata: Metadata = { title: "Create a consultation" };

const NewConsultationPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const { areas, groups, kinds } = await getAudienceChoices();
  return (
    <div className="max-w-2xl">
      <PageHeading caption="Consultations">Create a consultation</PageHeading>
      <p className="mb-6">It starts as a draft. You add the questions next, then publish it.</p>
      <ConsultationForm
        action={createConsultationAction}
        areas={areas}
        groups={groups}
        kinds={kinds}
        today={ukDay(new Date())}
      />
    </div>
  );
};

export default NewConsultationPage;
