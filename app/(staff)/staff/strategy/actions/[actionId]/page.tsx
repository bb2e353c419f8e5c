import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusTag } from "@/components/strategy/status-tag";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { optionsFrom } from "@/lib/people/labels";
import { formatDate } from "@/lib/format";
import { getStrategyAction } from "@/lib/strategy/queries";
import { ACTION_STATUS_LABEL, isInForce } from "@/lib/strategy/rules";
import { postActionUpdateAction } from "./actions";
import { financialYearLabel } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Action" };

const ActionPage = async ({ params }: { params: Promise<{ actionId: string }> }) => {
  await requireRole(AREA_ROLES.staff);
  const { actionId } = await params;
  const action = await getStrategyAction(actionId);
  if (!action) notFound();
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href={`/staff/strategy/plans/${action.plan.id}`}>
          Back to the action plan {financialYearLabel(action.plan.year)}
        </Link>
      </p>
      <PageHeading caption={`Strategic Priority ${action.priority.number}: ${action.priority.title}`}>
        {action.title}
      </PageHeading>
      <SummaryList
        rows={[
          { term: "Status", value: <StatusTag status={action.status} /> },
          { term: "Owner", value: action.owner },
          { term: "Target date", value: formatDate(action.targetOn) },
          { term: "Measure of success", value: action.measureOfSuccess },
        ]}
      />
      <h2 className="mb-2 text-2xl font-bold">Progress updates</h2>
      {action.updates.length === 0 ? (
        <p className="mb-8">No updates yet.</p>
      ) : (
        <ol className="mb-8 space-y-4">
          {action.updates.map((update) => (
            <li key={update.id} className="border-l-4 border-gray-400 pl-4">
              <p className="font-bold">
                {formatDate(update.postedOn)}: {ACTION_STATUS_LABEL[update.status]}
                {update.author && <span className="font-normal">, by {update.author.name}</span>}
              </p>
              <p className="whitespace-pre-line">{update.text}</p>
            </li>
          ))}
        </ol>
      )}
      {isInForce(action.plan.strategy.status) && (
        <>
          <h2 className="mb-3 text-2xl font-bold">Post a progress update</h2>
          <ActionForm
            action={postActionUpdateAction}
            label="Post a progress update"
            hidden={{ actionId: action.id }}
            submit="Post update"
            fields={[
              {
                kind: "radio",
                name: "status",
                label: "How is it going?",
                options: optionsFrom(ACTION_STATUS_LABEL),
                defaultValue: action.status,
              },
              {
                kind: "textarea",
                name: "text",
                label: "What has happened",
                hint: "What was done since the last update, and what comes next.",
              },
            ]}
          />
        </>
      )}
    </div>
  );
};

export default ActionPage;
