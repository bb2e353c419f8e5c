import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PreferencesForm } from "@/components/people/preferences-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getCustomerPreferences } from "@/lib/people/queries";
import { updatePreferencesForCustomerAction } from "./actions";

export const metadata: Metadata = { title: "Change preferences for a customer" };

const AssistedPreferencesPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  await requireRole(AREA_ROLES.staff);
  const { id } = await params;
  const current = await getCustomerPreferences(id);
  if (!current) notFound();
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={`/staff/customers/${id}`}>Back to {current.name}</Link>
      </p>
      <PageHeading caption={current.name}>Change contact preferences and support</PageHeading>
      <p className="mb-6">Use this when the customer asks you by phone, in person or by letter.</p>
      <PreferencesForm action={updatePreferencesForCustomerAction} current={current} assisted={{ customerId: id }} />
    </div>
  );
};

export default AssistedPreferencesPage;
