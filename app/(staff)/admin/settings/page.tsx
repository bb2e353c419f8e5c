import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getLandlord } from "@/lib/landlord/queries";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Landlord settings" };

const SettingsPage = async () => {
  await requireRole(AREA_ROLES.admin);
  const landlord = await getLandlord();
  return (
    <div className="max-w-2xl">
      <PageHeading>Landlord settings</PageHeading>
      <SettingsForm current={landlord} />
    </div>
  );
};

export default SettingsPage;
