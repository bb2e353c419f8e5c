import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { SettingsSection } from "@/components/landlord/settings-section";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { ACCESSIBILITY_STATUS_LABEL } from "@/lib/landlord/labels";
import { getLandlordStatements } from "@/lib/landlord/queries";
import { optionsFrom } from "@/lib/people/labels";
import { updateStatementsAction } from "../details-actions";

export const metadata: Metadata = { title: "Accessibility statement and privacy notice" };

const StatementSettingsPage = async () => {
  await requireRole(AREA_ROLES.admin);
  const settings = await getLandlordStatements();
  return (
    <SettingsSection
      title="Accessibility statement and privacy notice"
      intro={
        <>
          The <Link href="/accessibility">accessibility statement</Link> and <Link href="/privacy">privacy notice</Link>{" "}
          are written from these answers and the contact details.
        </>
      }
    >
      <ActionForm
        action={updateStatementsAction}
        submit="Save statements"
        fields={[
          { kind: "heading", name: "accessibility", label: "Accessibility statement" },
          {
            kind: "radio",
            name: "accessibilityStatus",
            label: "How far the portal meets WCAG 2.2 level AA",
            options: optionsFrom(ACCESSIBILITY_STATUS_LABEL),
            defaultValue: settings.accessibilityStatus,
          },
          {
            kind: "textarea",
            name: "accessibilityIssues",
            label: "Known problems and when they will be fixed",
            hint: "Leave empty if there are none",
            defaultValue: settings.accessibilityIssues ?? "",
          },
          {
            kind: "date",
            name: "accessibilityTestedOn",
            label: "Date the portal was last tested",
            defaultValue: settings.accessibilityTestedOn?.toISOString().slice(0, 10) ?? "",
          },
          { kind: "heading", name: "privacy", label: "Privacy notice" },
          {
            kind: "text",
            name: "icoRegistration",
            label: "ICO registration number",
            hint: "From the Information Commissioner's register, like ZA123456",
            defaultValue: settings.icoRegistration ?? "",
          },
          {
            kind: "textarea",
            name: "dataProtectionContact",
            label: "Data protection officer or contact",
            rows: 3,
            defaultValue: settings.dataProtectionContact ?? "",
          },
          {
            kind: "textarea",
            name: "retention",
            label: "How long information is kept",
            hint: "Leave empty to use the standard wording",
            defaultValue: settings.retention ?? "",
          },
        ]}
      />
    </SettingsSection>
  );
};

export default StatementSettingsPage;
