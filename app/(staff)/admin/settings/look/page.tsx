import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getLandlordLook } from "@/lib/landlord/queries";
import { LookForm } from "./look-form";

export const metadata: Metadata = { title: "Colour and logo" };

const LookSettingsPage = async () => {
  await requireRole(AREA_ROLES.admin);
  const look = await getLandlordLook();
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/admin/settings">Back to landlord settings</Link>
      </p>
      <PageHeading caption="Landlord settings">Colour and logo</PageHeading>
      <p className="mb-6">The header band of every page uses this colour, with the logo beside the landlord&rsquo;s name.</p>
      <LookForm current={{ brandColour: look.brandColour, logoPath: look.logoPath, hasLogo: Boolean(look.logoSrc) }} />
    </div>
  );
};

export default LookSettingsPage;
