import type { Metadata } from "next";
import { PolicyTable } from "@/components/policies/policy-table";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { listPolicies, listReviewConsultations } from "@/lib/policies/queries";
import { REVIEW_NOTICE_DAYS } from "@/lib/policies/rules";
import { ukToday } from "@/lib/uk-time";
import { addPolicyAction } from "./actions";
import { consultationOptions } from "./consultation-options";

export const metadata: Metadata = { title: "Policy register" };

const PoliciesPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const [policies, consultations] = await Promise.all([listPolicies(), listReviewConsultations()]);
  return (
    <>
      <PageHeading>Policy register</PageHeading>
      <p className="mb-4 max-w-2xl">
        A review is flagged as due {REVIEW_NOTICE_DAYS} days before its date, so there is time to consult tenants.
      </p>
      {policies.length === 0 ? (
        <p className="mb-6">No policies are on the register yet.</p>
      ) : (
        <PolicyTable policies={policies} today={ukToday(new Date())} href={(id) => `/staff/policies/${id}`} />
      )}
      <div className="max-w-2xl">
        <h2 className="mb-3 mt-8 text-2xl font-bold">Add a policy</h2>
        <ActionForm
          action={addPolicyAction}
          label="Add a policy"
          submit="Add the policy"
          fields={[
            { kind: "text", name: "name", label: "Name" },
            { kind: "text", name: "owner", label: "Owner", hint: "The post responsible, such as Head of Housing." },
            { kind: "date", name: "adoptedOn", label: "Adopted on" },
            {
              kind: "date",
              name: "lastReviewedOn",
              label: "Last reviewed on",
              hint: "Leave blank if not yet reviewed.",
            },
            { kind: "date", name: "nextReviewOn", label: "Next review due" },
            {
              kind: "radio",
              name: "consultationId",
              label: "Consultation on its last review",
              options: consultationOptions(consultations),
            },
          ]}
        />
      </div>
    </>
  );
};

export default PoliciesPage;
