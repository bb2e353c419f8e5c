import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProgressTable } from "@/components/strategy/progress-table";
import { StatusTag } from "@/components/strategy/status-tag";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDate } from "@/lib/format";
import { getActionPlan, getProgressByPriority } from "@/lib/strategy/queries";
import { isInForce, isOverdue, needsUpdate } from "@/lib/strategy/rules";
import { addStrategyActionAction } from "./actions";
import { financialYearLabel } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Action plan" };

const ActionPlanPage = async ({ params }: { params: Promise<{ planId: string }> }) => {
  await requireRole(AREA_ROLES.staff);
  const { planId } = await params;
  const plan = await getActionPlan(planId);
  if (!plan) notFound();
  const progress = await getProgressByPriority(plan.id, plan.strategy.priorities);
  const now = new Date();
  const label = `Action plan ${financialYearLabel(plan.year)}`;
  const actions = plan.actions.map((action) => {
    const tracked = { ...action, lastUpdateOn: action.updates[0]?.postedOn ?? null };
    const flags = [isOverdue(tracked, now) && "Overdue", needsUpdate(tracked, now) && "No update this quarter"].filter(
      Boolean,
    );
    return { ...action, flags };
  });
  return (
    <>
      <p className="mb-4">
        <Link href={`/staff/strategy/${plan.strategy.id}`}>Back to {plan.strategy.title}</Link>
      </p>
      <PageHeading caption={plan.strategy.title}>{label}</PageHeading>
      <h2 className="mb-2 text-2xl font-bold">Progress by priority</h2>
      <div className="mb-10 overflow-x-auto">
        <ProgressTable caption="Actions by priority and status" progress={progress} />
      </div>
      <h2 className="mb-2 text-2xl font-bold">Actions</h2>
      {actions.length === 0 ? (
        <p className="mb-10">No actions yet.</p>
      ) : (
        <div className="mb-10 overflow-x-auto">
          <DataTable
            caption={`Actions in the ${label}`}
            rowKey={(row) => row.id}
            rows={actions}
            columns={[
              { header: "Priority", cell: (row) => row.priority.number },
              { header: "Action", cell: (row) => <Link href={`/staff/strategy/actions/${row.id}`}>{row.title}</Link> },
              { header: "Owner", cell: (row) => row.owner },
              { header: "Target date", cell: (row) => formatDate(row.targetOn) },
              { header: "Status", cell: (row) => <StatusTag status={row.status} /> },
              {
                header: "Needs attention",
                cell: (row) => (row.flags.length > 0 ? <strong>{row.flags.join(". ")}</strong> : "No"),
              },
            ]}
          />
        </div>
      )}
      {isInForce(plan.strategy.status) && (
        <section className="max-w-2xl">
          <h2 className="mb-3 text-2xl font-bold">Add an action</h2>
          <ActionForm
            action={addStrategyActionAction}
            label="Add an action"
            hidden={{ planId: plan.id }}
            submit="Add action"
            fields={[
              {
                kind: "radio",
                name: "priorityId",
                label: "Priority it delivers",
                options: plan.strategy.priorities.map((p) => ({
                  value: p.id,
                  label: `Strategic Priority ${p.number}: ${p.title}`,
                })),
              },
              { kind: "text", name: "title", label: "Action" },
              { kind: "text", name: "owner", label: "Owner", hint: "The person or team responsible." },
              { kind: "date", name: "targetOn", label: "Target date" },
              {
                kind: "textarea",
                name: "measureOfSuccess",
                label: "Measure of success",
                hint: "How you will know it has worked.",
                rows: 2,
              },
            ]}
          />
        </section>
      )}
    </>
  );
};

export default ActionPlanPage;
