import Link from "next/link";
import { CONSULTATION_STATUS_LABEL } from "@/lib/consultations/labels";
import { effectiveStatus } from "@/lib/consultations/rules";
import { count, formatDate } from "@/lib/format";
import type { StrategyView } from "@/lib/strategy/queries";

type Consultation = NonNullable<StrategyView["consultation"]>;

const responsesText = (responses: number) => `${count(responses, "person", "people")} responded`;

/** For staff: the linked consultation's state, with the way to its results. */
export const StaffStrategyConsultation = ({ consultation }: { consultation: Consultation | null }) =>
  consultation ? (
    <p className="mb-4">
      <Link href={`/staff/consultations/${consultation.id}`}>{consultation.title}</Link>:{" "}
      {CONSULTATION_STATUS_LABEL[effectiveStatus(consultation, new Date())].toLowerCase()},{" "}
      {responsesText(consultation._count.responses)}.{" "}
      {consultation.status !== "DRAFT" && (
        <Link href={`/staff/consultations/${consultation.id}/results`}>See the results</Link>
      )}
    </p>
  ) : (
    <p className="mb-4">No consultation in Involve is linked to this strategy.</p>
  );

/** For tenants: what they were asked, how many answered and, once published, what changed because of it. */
export const PublicStrategyConsultation = ({ consultation }: { consultation: Consultation | null }) =>
  consultation && consultation.status !== "DRAFT" ? (
    <section aria-labelledby="strategy-consultation" className="mb-10 max-w-3xl">
      <h2 id="strategy-consultation" className="mb-2 text-2xl font-bold">
        What tenants told us
      </h2>
      <p className="mb-2">
        We asked tenants about this strategy in &ldquo;{consultation.title}&rdquo; from{" "}
        {formatDate(consultation.opensAt)} to {formatDate(consultation.closesAt)}.{" "}
        {responsesText(consultation._count.responses)}.
      </p>
      {consultation.outcome && consultation.outcomePublishedAt ? (
        <>
          <h3 className="mb-1 text-xl font-bold">What we did</h3>
          <p className="whitespace-pre-line border-l-4 border-gray-400 pl-4">{consultation.outcome}</p>
        </>
      ) : (
        <p>
          We will say what we changed because of it on <Link href="/you-said-we-did">You said, We did</Link>.
        </p>
      )}
    </section>
  ) : null;
