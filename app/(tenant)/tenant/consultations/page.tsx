import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { OutcomeTexts } from "@/components/consultations/outcome-texts";
import { listAnsweredClosedForCustomer, listOpenForCustomer } from "@/lib/consultations/queries";
import type { TenantResponseStep } from "@/lib/consultations/rules";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Consultations you can answer" };

const STEP_NOTE: Record<TenantResponseStep, string> = {
  respond: "You have not responded yet.",
  amend: "You have responded: you can change your answers.",
  "responded-offline": "We have your response. Thank you.",
  "not-open": "",
};

const TenantConsultationsPage = async () => {
  const { customerId } = await requireCustomer();
  const now = new Date();
  const [consultations, answered] = await Promise.all([
    listOpenForCustomer(customerId, now),
    listAnsweredClosedForCustomer(customerId, now),
  ]);
  return (
    <div className="max-w-2xl">
      <PageHeading>Consultations you can answer</PageHeading>
      {consultations.length === 0 ? (
        <p>There is nothing to answer at the moment.</p>
      ) : (
        <ul className="space-y-6">
          {consultations.map((consultation) => (
            <li key={consultation.id} className="border-l-4 border-green-800 pl-4">
              <h2 className="text-xl font-bold">
                <Link href={`/tenant/consultations/${consultation.id}`}>{consultation.title}</Link>
              </h2>
              <p>{consultation.summary}</p>
              <p className="text-gray-700">
                Open until {formatDateTime(consultation.closesAt)}. {STEP_NOTE[consultation.step]}
              </p>
            </li>
          ))}
        </ul>
      )}
      <h2 className="mb-4 mt-10 text-2xl font-bold">Closed consultations you answered</h2>
      {answered.length === 0 ? (
        <p>You have not answered any consultation that has closed.</p>
      ) : (
        <ul className="space-y-6">
          {answered.map((consultation) => (
            <li key={consultation.id} className="border-l-4 border-gray-500 pl-4">
              <h3 className="text-xl font-bold">
                <Link href={`/tenant/consultations/${consultation.id}`}>{consultation.title}</Link>
              </h3>
              <p className="text-gray-700">Closed {formatDateTime(consultation.closesAt)}.</p>
              {consultation.effectiveStatus === "OUTCOME_PUBLISHED" ? (
                <OutcomeTexts youSaid={consultation.youSaid} outcome={consultation.outcome} level={4} />
              ) : (
                <p>What changed because of it will be shown here when we publish it.</p>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-8">
        <Link href="/you-said-we-did">See what changed because of earlier consultations (You said, We did)</Link>
      </p>
    </div>
  );
};

export default TenantConsultationsPage;
