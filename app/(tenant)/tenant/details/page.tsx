import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PreferencesForm } from "@/components/people/preferences-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireCustomer } from "@/lib/auth/session";
import { getCustomerPreferences } from "@/lib/people/queries";
import { updateMyPreferencesAction } from "./actions";

export const metadata: Metadata = { title: "How we contact you" };

const MyDetailsPage = async () => {
  const { customerId } = await requireCustomer();
  const current = await getCustomerPreferences(customerId);
  if (!current) notFound();
  return (
    <div className="max-w-2xl">
      <PageHeading>How we contact you and the help you need</PageHeading>
      <PreferencesForm action={updateMyPreferencesAction} current={current} />
    </div>
  );
};

export default MyDetailsPage;
