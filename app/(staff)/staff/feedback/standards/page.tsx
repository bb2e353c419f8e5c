import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getStandards, landlordRegime } from "@/lib/feedback/clock";
import { updateStandardsAction } from "../actions";

export const metadata: Metadata = { title: "Service standard for feedback" };

const StandardsPage = async () => {
  await requireRole(AREA_ROLES.staff);
  const [standards, regime] = await Promise.all([getStandards(), landlordRegime()]);
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/staff/feedback">Back to feedback and complaints</Link>
      </p>
      <PageHeading>Service standard for feedback</PageHeading>
      <p className="mb-4">
        How quickly we acknowledge and answer compliments, comments and suggestions, in working days (Monday to Friday,
        less bank holidays and the <Link href="/admin/holidays">local holidays</Link>).
      </p>
      <p className="mb-6">
        Complaints follow{" "}
        {regime === "england"
          ? "the Housing Ombudsman's Complaint Handling Code: acknowledged within 5 working days, answered within 10 working days of acknowledgement at stage 1 and 20 at stage 2."
          : "the SPSO model complaints handling procedure: answered within 5 working days at stage 1 (frontline); acknowledged within 3 and answered within 20 working days at stage 2 (investigation)."}
      </p>
      <ActionForm
        action={updateStandardsAction}
        fields={[
          {
            kind: "text",
            name: "acknowledgeDays",
            label: "Acknowledge within (working days)",
            defaultValue: String(standards.acknowledgeDays),
          },
          {
            kind: "text",
            name: "answerDays",
            label: "Answer within (working days)",
            defaultValue: String(standards.answerDays),
          },
        ]}
        submit="Save the service standard"
      />
    </div>
  );
};

export default StandardsPage;
