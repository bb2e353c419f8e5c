import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { SettingsSection } from "@/components/landlord/settings-section";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getLandlordContact } from "@/lib/landlord/queries";
import { updateContactAction } from "../details-actions";

export const metadata: Metadata = { title: "Contact details" };

const ContactSettingsPage = async () => {
  await requireRole(AREA_ROLES.admin);
  const contact = await getLandlordContact();
  return (
    <SettingsSection
      title="Contact details"
      intro={
        <>
          Shown on the <Link href="/contact">contact page</Link>, at the end of every email and in the accessibility
          statement and privacy notice. Leave a box empty to leave it out.
        </>
      }
    >
      <ActionForm
        action={updateContactAction}
        submit="Save contact details"
        fields={[
          { kind: "text", name: "contactPhone", label: "Phone number", defaultValue: contact.contactPhone ?? "" },
          { kind: "text", name: "contactEmail", label: "Email address", defaultValue: contact.contactEmail ?? "" },
          {
            kind: "textarea",
            name: "contactAddress",
            label: "Postal address",
            hint: "One line of the address on each line",
            rows: 4,
            defaultValue: contact.contactAddress ?? "",
          },
          {
            kind: "textarea",
            name: "openingHours",
            label: "Opening hours",
            hint: "For example: Monday to Friday, 9am to 5pm",
            rows: 3,
            defaultValue: contact.openingHours ?? "",
          },
        ]}
      />
    </SettingsSection>
  );
};

export default ContactSettingsPage;
