import type { Metadata } from "next";
import Link from "next/link";
import { aboutFields, photoField } from "@/components/feedback/feedback-fields";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { giveFeedbackAction } from "../actions";

export const metadata: Metadata = { title: "Give feedback" };

const GiveFeedbackPage = async () => {
  await requireCustomer();
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/tenant/feedback">Back to your feedback</Link>
      </p>
      <PageHeading>Give feedback</PageHeading>
      <p className="mb-6">We will reply to you here, and you can see every reply on your feedback page.</p>
      <ActionForm action={giveFeedbackAction} fields={[...aboutFields, photoField]} submit="Send feedback" />
    </div>
  );
};

export default GiveFeedbackPage;
