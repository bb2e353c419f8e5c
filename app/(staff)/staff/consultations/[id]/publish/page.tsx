import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { countAudience, describeAudience } from "@/lib/consultations/audience";
import { formatDateTime } from "@/lib/format";
import { publishConsultationAction } from "../../actions";
import { consultationTitle, loadConsultation } from "../load";

type Props = { params: Promise<{ id: string }> };

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({
  title: `Publish ${await consultationTitle(params)}?`,
});

/** Says who the consultation reaches and who is emailed before it goes out: publishing cannot be undone. */
const PublishPage = async ({ params }: Props) => {
  const consultation = await loadConsultation(params);
  const base = `/staff/consultations/${consultation.id}`;
  if (consultation.effectiveStatus !== "DRAFT") redirect(base);
  const [audience, description] = await Promise.all([countAudience(consultation), describeAudience(consultation)]);
  const opensNow = consultation.opensAt <= new Date();
  return (
    <div className="max-w-2xl">
      <PageHeading caption={consultation.title}>Publish this consultation?</PageHeading>
      <h2 className="mb-2 text-2xl font-bold">Who it is for</h2>
      <p className="mb-4">{description}</p>
      <SummaryList
        rows={[
          { term: "Customers who can answer", value: audience.customers },
          { term: "Customers who agreed to email", value: audience.emailable },
          { term: "Opens", value: formatDateTime(consultation.opensAt) },
          { term: "Closes", value: formatDateTime(consultation.closesAt) },
          { term: "Questions", value: consultation.questions.length },
        ]}
      />
      <h2 className="mb-2 text-2xl font-bold">What will happen</h2>
      <ul className="mb-4 list-disc space-y-1 pl-6">
        <li>
          {opensNow
            ? `It opens at once, and ${audience.emailable} ${audience.emailable === 1 ? "customer is" : "customers are"} emailed now.`
            : `It opens on ${formatDateTime(consultation.opensAt)}, when ${audience.emailable} ${audience.emailable === 1 ? "customer is" : "customers are"} emailed.`}
        </li>
        <li>You cannot change the dates or the audience after publishing, and emails cannot be taken back.</li>
      </ul>
      <ConfirmForm
        action={publishConsultationAction}
        fields={{ consultationId: consultation.id }}
        confirm="Yes, publish it"
        cancelHref={base}
      />
    </div>
  );
};

export default PublishPage;
