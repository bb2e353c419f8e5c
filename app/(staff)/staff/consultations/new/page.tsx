import type { Metadata } from "next";
import { ConsultationForm } from "@/components/consultations/consultation-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { ukDay } from "@/lib/uk-time";
import { getAudienceChoices } from "@/lib/consultations/queries";
import { ZAudience } from "@/lib/consultations/schemas";
import { createConsultationAction } from "../actions";

export const metadata: Metadata = { title: "Create a consultation" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NewConsultationPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const choices = await getAudienceChoices();
  // A link from the reach page ticks the seldom-heard group's audience; anything unreadable is simply not ticked.
  const audience = ZAudience.safeParse(await searchParams);
  return (
    <div className="max-w-2xl">
      <PageHeading caption="Consultations">Create a consultation</PageHeading>
      <p className="mb-6">It starts as a draft. You add the questions next, then publish it.</p>
      <ConsultationForm
        action={createConsultationAction}
        choices={choices}
        today={ukDay(new Date())}
        audience={audience.success ? audience.data : undefined}
      />
    </div>
  );
};

export default NewConsultationPage;
