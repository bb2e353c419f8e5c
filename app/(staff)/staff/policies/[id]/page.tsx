import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { equalityFields } from "@/components/strategy/equality-fields";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDate } from "@/lib/format";
import { getPolicy, getPolicyEquality, listReviewConsultations } from "@/lib/policies/queries";
import { REVIEW_STATE_LABEL, reviewState } from "@/lib/policies/rules";
import { ukToday } from "@/lib/uk-time";
import { recordPolicyReviewAction, savePolicyEqualityAction } from "../actions";
import { consultationOptions } from "../consultation-options";

export const metadata: Metadata = { title: "Policy" };

const PolicyPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  await requireRole(AREA_ROLES.staff);
  const { id } = await params;
  const [policy, equality, consultations] = await Promise.all([
    getPolicy(id),
    getPolicyEquality(id),
    listReviewConsultations(),
  ]);
  if (!policy) notFound();
  const state = reviewState(policy.nextReviewOn, ukToday(new Date()));
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/staff/policies">Back to the policy register</Link>
      </p>
      <PageHeading caption="Policy register">{policy.name}</PageHeading>
      <SummaryList
        rows={[
          { term: "Owner", value: policy.owner },
          { term: "Adopted", value: formatDate(policy.adoptedOn) },
          { term: "Last reviewed", value: formatDate(policy.lastReviewedOn, "Not yet reviewed") },
          { term: "Next review", value: `${formatDate(policy.nextReviewOn)}: ${REVIEW_STATE_LABEL[state]}` },
          {
            term: "Consultation on its last review",
            value: policy.consultation ? (
              <Link href={`/staff/consultations/${policy.consultation.id}`}>{policy.consultation.title}</Link>
            ) : (
              "None"
            ),
          },
        ]}
      />
      <h2 className="mb-3 text-2xl font-bold">Record a review</h2>
      <ActionForm
        action={recordPolicyReviewAction}
        label="Record a review"
        submit="Record the review"
        hidden={{ policyId: policy.id }}
        fields={[
          { kind: "date", name: "lastReviewedOn", label: "Date of the review" },
          { kind: "date", name: "nextReviewOn", label: "Next review due" },
          {
            kind: "radio",
            name: "consultationId",
            label: "Consultation on this review",
            options: consultationOptions(consultations),
            defaultValue: policy.consultation?.id ?? "none",
          },
        ]}
      />
      <h2 className="mb-3 mt-8 text-2xl font-bold">Equality impact assessment</h2>
      <p className="mb-4">
        For each protected characteristic, say how the policy is likely to affect people, what evidence shows it, and
        what you will do about any negative impact. Leave a characteristic blank until you are ready.
      </p>
      <ActionForm
        action={savePolicyEqualityAction}
        label="Equality impact assessment"
        hidden={{ policyId: policy.id }}
        fields={equalityFields(equality, "the policy")}
        submit="Save assessment"
        kind="secondary"
      />
    </div>
  );
};

export default PolicyPage;
