import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";

/** The frame of each landlord settings page: the way back, the heading and what the settings feed. */
export const SettingsSection = ({
  title,
  intro,
  children,
}: {
  title: string;
  intro: React.ReactNode;
  children: React.ReactNode;
}) => (
  <div className="max-w-2xl">
    <p className="mb-4">
      <Link href="/admin/settings">Back to landlord settings</Link>
    </p>
    <PageHeading caption="Landlord settings">{title}</PageHeading>
    <p className="mb-6">{intro}</p>
    {children}
  </div>
);
