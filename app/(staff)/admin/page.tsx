import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";

export const metadata: Metadata = { title: "Administration" };

const LINKS = [
  {
    href: "/admin/settings",
    label: "Landlord settings",
    text: "The landlord's name and whether it reports in England or Scotland.",
  },
  {
    href: "/admin/holidays",
    label: "Local holidays",
    text: "Days your offices close besides bank holidays, for complaint timescales.",
  },
  {
    href: "/admin/second-factor",
    label: "Authenticator apps",
    text: "Who signs in with a code from an app; remove a lost one.",
  },
  { href: "/admin/audit", label: "Audit log", text: "Every change staff have made: who, what and when." },
  {
    href: "/admin/jobs",
    label: "Background jobs",
    text: "Notices, reminders and messages waiting, running or failed; try a failed one again.",
  },
  { href: "/admin/outbox", label: "Outbox", text: "Emails the portal has written while no mail server is set up." },
  {
    href: "/admin/deletion-requests",
    label: "Deletion requests",
    text: "Customers who asked us to delete their information.",
  },
];

const AdminHome = async () => {
  await requireRole(AREA_ROLES.admin);
  return (
    <>
      <PageHeading>Administration</PageHeading>
      <ul className="space-y-4">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="text-xl font-bold">
              {link.label}
            </Link>
            <p>{link.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
};

export default AdminHome;
