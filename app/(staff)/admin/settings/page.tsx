import type { Metadata } from "next";
import Link from "next/link";
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
      <h2 className="mb-2 mt-10 text-2xl font-bold">More settings</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href="/admin/settings/contact">Contact details</Link>: phone, email, address and opening hours
        </li>
        <li>
          <Link href="/admin/settings/statements">Accessibility statement and privacy notice</Link>
        </li>
        <li>
          <Link href="/admin/settings/look">Colour and logo</Link>
        </li>
      </ul>
    </div>
  );
};

export default SettingsPage;
