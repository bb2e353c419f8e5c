import type { Metadata } from "next";
import { SettingsSection } from "@/components/landlord/settings-section";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getLandlordLook } from "@/lib/landlord/queries";
import { LookForm } from "./look-form";

export const metadata: Metadata = { title: "Colour and logo" };

const LookSettingsPage = async () => {
  await requireRole(AREA_ROLES.admin);
  const look = await getLandlordLook();
  return (
    <SettingsSection
      title="Colour and logo"
      intro="The header band of every page uses this colour, with the logo beside the landlord’s name."
    >
      <LookForm current={{ brandColour: look.brandColour, logoPath: look.logoPath, hasLogo: Boolean(look.logoSrc) }} />
    </SettingsSection>
  );
};

export default LookSettingsPage;
