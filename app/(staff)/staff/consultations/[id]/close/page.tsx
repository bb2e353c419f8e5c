import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { PageHeading } from "@/components/ui/page-heading";
import { countAudience } from "@/lib/consultations/audience";
import { formatDateTime } from "@/lib/format";
import { closeConsultationAction } from "../../actions";
import { consultationTitle, loadConsultation } from "../load";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({
  title: `Close ${await consultationTitle(params)} now?`,
});

/** Closing early takes away the rest of the window from everyone who has not answered: it cannot be reopened. */
const ClosePage = async ({ params }: Props) => {
  const consultation = await loadConsultation(params);
  const base = `/staff/consultations/${consultation.id}`;
  if (consultation.effectiveStatus !== "OPEN") redirect(base);
  const audience = await countAudience(consultation);
  const waiting = Math.max(audience.customers - consultation._count.responses, 0);
  return (
    <div className="max-w-2xl">
      <PageHeading caption={consultation.title}>Close this consultation now?</PageHeading>
      <ul className="mb-4 list-disc space-y-1 pl-6">
        <li>
          It was due to close on {formatDateTime(consultation.closesAt)}. It will close now instead, and cannot be
          opened again.
        </li>
        <li>
          {consultation._count.responses} {consultation._count.responses === 1 ? "response has" : "responses have"} been
          given. Up to {waiting} {waiting === 1 ? "customer" : "customers"} in its audience who have not answered will
          no longer be able to.
        </li>
      </ul>
      <ConfirmForm
        action={closeConsultationAction}
        fields={{ consultationId: consultation.id }}
        confirm="Yes, close it now"
        cancelHref={base}
      />
    </div>
  );
};

export default ClosePage;
