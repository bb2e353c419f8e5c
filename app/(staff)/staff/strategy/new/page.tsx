import type { Metadata } from "next";
import Link from "next/link";
import { detailsFields } from "@/components/strategy/details-fields";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { createStrategyAction } from "./actions";

export const metadata: Metadata = { title: "Start a new strategy" };

const NewStrategyPage = async () => {
  await requireRole(AREA_ROLES.staff);
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href="/staff/strategy">Back to the involvement strategy</Link>
      </p>
      <PageHeading>Start a new strategy</PageHeading>
      <p className="mb-6">You can add objectives, priorities and the equality impact assessment next.</p>
      <ActionForm action={createStrategyAction} fields={detailsFields()} submit="Create draft" />
    </div>
  );
};

export default NewStrategyPage;
