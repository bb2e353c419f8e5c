import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { detailsFields } from "@/components/strategy/details-fields";
import { ActionForm } from "@/components/ui/action-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { NOT_EDITABLE } from "@/lib/strategy/editable";
import { getStrategy } from "@/lib/strategy/queries";
import { isEditable } from "@/lib/strategy/rules";
import { updateStrategyAction } from "../actions";

export const metadata: Metadata = { title: "Change the strategy's details" };

const EditStrategyPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  await requireRole(AREA_ROLES.staff);
  const { id } = await params;
  const strategy = await getStrategy(id);
  if (!strategy) notFound();
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={`/staff/strategy/${id}`}>Back to {strategy.title}</Link>
      </p>
      <PageHeading caption={strategy.title}>Change the title, dates, vision and values</PageHeading>
      {isEditable(strategy.status) ? (
        <ActionForm
          action={updateStrategyAction}
          hidden={{ strategyId: id }}
          fields={detailsFields(strategy)}
          submit="Save changes"
        />
      ) : (
        <Notice title={NOT_EDITABLE} />
      )}
    </div>
  );
};

export default EditStrategyPage;
