import type { Metadata } from "next";
import Link from "next/link";
import { officerFields } from "@/components/feedback/feedback-fields";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { today } from "@/lib/feedback/clock";
import { recordFeedbackAction } from "../actions";

export const metadata: Metadata = { title: "Record feedback" };

const RecordFeedbackPage = async () => {
  await requireRole(AREA_ROLES.staff);
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/staff/feedback">Back to feedback and complaints</Link>
      </p>
      <PageHeading>Record feedback</PageHeading>
      <p className="mb-6">For feedback that reached us by phone, letter, visit or email.</p>
      <ActionForm action={recordFeedbackAction} fields={officerFields(today(new Date()))} submit="Record feedback" />
    </div>
  );
};

export default RecordFeedbackPage;
