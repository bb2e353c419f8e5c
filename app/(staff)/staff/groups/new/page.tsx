import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { GroupDetailsForm } from "../group-details-form";

export const metadata: Metadata = { title: "Add a group" };

const NewGroupPage = async () => {
  await requireRole(AREA_ROLES.staff);
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/staff/groups">Back to tenant groups</Link>
      </p>
      <PageHeading>Add a group</PageHeading>
      <GroupDetailsForm />
    </div>
  );
};

export default NewGroupPage;
