import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { equalityFields } from "@/components/strategy/equality-fields";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getEqualityAssessment, getStrategy } from "@/lib/strategy/queries";
import { IMPACT_LABEL, isEditable } from "@/lib/strategy/rules";
import { saveEqualityAction } from "../actions";

export const metadata: Metadata = { title: "Equality impact assessment" };

const EqualityAssessmentPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  await requireRole(AREA_ROLES.staff);
  const { id } = await params;
  const [strategy, rows] = await Promise.all([getStrategy(id), getEqualityAssessment(id)]);
  if (!strategy) notFound();
  const fields = equalityFields(rows, "the strategy");
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={`/staff/strategy/${id}`}>Back to {strategy.title}</Link>
      </p>
      <PageHeading caption={strategy.title}>Equality impact assessment</PageHeading>
      {isEditable(strategy.status) ? (
        <>
          <p className="mb-6">
            For each protected characteristic, say how the strategy is likely to affect people, what evidence shows it,
            and what you will do about any negative impact. You can save part of it and come back; leave a
            characteristic blank until you are ready.
          </p>
          <ActionForm
            action={saveEqualityAction}
            hidden={{ strategyId: id }}
            fields={fields}
            submit="Save assessment"
          />
        </>
      ) : (
        <DataTable
          caption="Equality impact assessment"
          rowKey={(row) => row.key}
          rows={rows}
          columns={[
            { header: "Characteristic", cell: (row) => row.name },
            {
              header: "Likely impact",
              cell: (row) => (row.assessment ? IMPACT_LABEL[row.assessment.impact] : "Not assessed"),
            },
            { header: "Evidence", cell: (row) => row.assessment?.evidence },
            { header: "What we will do", cell: (row) => row.assessment?.mitigation ?? "None needed" },
          ]}
        />
      )}
    </div>
  );
};

export default EqualityAssessmentPage;
