import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StaffStrategyConsultation } from "@/components/strategy/strategy-consultation";
import { StrategyStructure } from "@/components/strategy/strategy-structure";
import { CONSULTATION_TOPIC_LABEL } from "@/lib/consultations/labels";
import { ActionForm } from "@/components/ui/action-form";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { listGroups } from "@/lib/groups/queries";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDate } from "@/lib/format";
import { getEqualityAssessment, getStrategy, listConsultationChoices } from "@/lib/strategy/queries";
import { canMoveTo, isEditable, isInForce, STRATEGY_STATUS_LABEL } from "@/lib/strategy/rules";

import { financialQuarter, financialYearLabel, isoDay, ukDay } from "@/lib/uk-time";
import {
  addCommitmentAction,
  addObjectiveAction,
  linkConsultationAction,
  removeStrategyPartAction,
  addPriorityAction,
  approveStrategyAction,
  createActionPlanAction,
  sendToConsultationAction,
  startNewDraftAction,
  updateReviewSettingsAction,
  setMonitoringGroupAction,
} from "./actions";

export const metadata: Metadata = { title: "Strategy" };

// Status changes redirect here (the form that made them is gone from the page), so the message travels in the URL.
const DONE: Record<string, string> = {
  created: "The draft has been created. Add its objectives and priorities below.",
  updated: "The title, dates, vision and values have been saved.",
  consultation: "The strategy is now out for consultation.",
  approved: "The approval has been recorded. This is now the strategy in force.",
  draft: "A new draft has been started as a copy of the approved strategy.",
};

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <section className="mb-10 max-w-3xl">
    <h2 className="mb-3 text-2xl font-bold">{title}</h2>
    {children}
  </section>
);

type Objectives = NonNullable<Awaited<ReturnType<typeof getStrategy>>>["objectives"];

/** Every part of the draft as one list, each named as the strategy shows it. */
const removableParts = (objectives: Objectives) =>
  objectives.flatMap((objective, index) => [
    { value: `objective:${objective.id}`, label: `Objective ${index + 1}: ${objective.title}` },
    ...objective.priorities.flatMap((priority) => [
      { value: `priority:${priority.id}`, label: `Strategic Priority ${priority.number}: ${priority.title}` },
      ...priority.commitments.map((commitment) => ({
        value: `commitment:${commitment.id}`,
        label: `Commitment under priority ${priority.number}: ${commitment.text}`,
      })),
    ]),
  ]);

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

const StrategyPage = async ({ params, searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const { id } = await params;
  const { done } = await searchParams;
  const [strategy, assessment, consultations, groups] = await Promise.all([
    getStrategy(id),
    getEqualityAssessment(id),
    listConsultationChoices(),
    listGroups(),
  ]);
  if (!strategy) notFound();
  const editable = isEditable(strategy.status);
  const hidden = { strategyId: strategy.id };
  const assessed = assessment.filter((row) => row.assessment).length;
  const priorities = strategy.objectives.flatMap((objective) => objective.priorities);
  const today = ukDay(new Date());
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/strategy">Back to the involvement strategy</Link>
      </p>
      <PageHeading caption={STRATEGY_STATUS_LABEL[strategy.status]}>{strategy.title}</PageHeading>
      {done && DONE[done] && <Notice title={DONE[done]} />}
      {strategy.status === "APPROVED" && (
        <Notice title="This version has been approved, so it cannot be changed">
          To make changes, start a new draft from it below.
        </Notice>
      )}
      {strategy.status === "SUPERSEDED" && (
        <Notice title="A newer version has replaced this one">It is kept as the record of what was agreed.</Notice>
      )}
      <SummaryList
        rows={[
          { term: "Period", value: `${formatDate(strategy.startsOn)} to ${formatDate(strategy.endsOn)}` },
          { term: "Consultation started", value: formatDate(strategy.consultationStartedOn, "Not yet") },
          { term: "Consultation reference", value: strategy.consultationReference ?? "None" },
          {
            term: "Approved by",
            value: strategy.approvedBy
              ? `${strategy.approvedBy}, ${formatDate(strategy.approvedOn)}, minute ${strategy.approvalMinuteRef}`
              : "Not yet",
          },
        ]}
      />
      {editable && (
        <p className="mb-8">
          <Link href={`/staff/strategy/${strategy.id}/edit`}>Change the title, dates, vision and values</Link>
        </p>
      )}
      <StrategyStructure strategy={strategy} />

      {editable && (
        <Section title="Add to the strategy">
          <h3 className="mb-3 text-xl font-bold">Add an objective</h3>
          <ActionForm
            action={addObjectiveAction}
            label="Add an objective"
            hidden={hidden}
            submit="Add objective"
            fields={[{ kind: "text", name: "objectiveTitle", label: "Objective" }]}
          />
          {strategy.objectives.length > 0 && (
            <>
              <h3 className="mb-3 mt-8 text-xl font-bold">Add a strategic priority</h3>
              <ActionForm
                action={addPriorityAction}
                label="Add a strategic priority"
                hidden={hidden}
                submit="Add priority"
                fields={[
                  {
                    kind: "radio",
                    name: "objectiveId",
                    label: "Objective it is under",
                    options: strategy.objectives.map((o) => ({ value: o.id, label: o.title })),
                  },
                  {
                    kind: "text",
                    name: "priorityTitle",
                    label: "Priority",
                    hint: "It is numbered for you, after the last priority in the strategy.",
                  },
                ]}
              />
            </>
          )}
          {priorities.length > 0 && (
            <>
              <h3 className="mb-3 mt-8 text-xl font-bold">Add a commitment</h3>
              <ActionForm
                action={addCommitmentAction}
                label="Add a commitment"
                hidden={hidden}
                submit="Add commitment"
                fields={[
                  {
                    kind: "radio",
                    name: "priorityId",
                    label: "Priority it delivers",
                    options: priorities.map((p) => ({
                      value: p.id,
                      label: `Strategic Priority ${p.number}: ${p.title}`,
                    })),
                  },
                  {
                    kind: "textarea",
                    name: "commitment",
                    label: "Commitment",
                    hint: 'Start with "We will", for example: We will hold a tenants\' conference every year.',
                    rows: 2,
                  },
                ]}
              />
            </>
          )}
        </Section>
      )}
      {editable && strategy.objectives.length > 0 && (
        <Section title="Remove from the draft">
          <ActionForm
            action={removeStrategyPartAction}
            label="Remove from the draft"
            hidden={hidden}
            submit="Remove"
            fields={[
              {
                kind: "radio",
                name: "part",
                label: "What to remove",
                hint: "Later priorities are renumbered.",
                options: removableParts(strategy.objectives),
              },
            ]}
          />
        </Section>
      )}

      <Section title="Equality impact assessment">
        <p className="mb-2">
          {assessed} of {assessment.length} protected characteristics assessed.
          {editable && assessed < assessment.length && " The strategy cannot be approved until every one is assessed."}
        </p>
        <p>
          <Link href={`/staff/strategy/${strategy.id}/equality`}>
            {editable ? "Complete the equality impact assessment" : "Read the equality impact assessment"}
          </Link>
        </p>
      </Section>

      <Section title="Consultation with tenants">
        <StaffStrategyConsultation consultation={strategy.consultation} />
        {editable && consultations.length > 0 && (
          <ActionForm
            action={linkConsultationAction}
            label="Link a consultation"
            hidden={hidden}
            submit="Save the link"
            fields={[
              {
                kind: "radio",
                name: "consultationId",
                label: "The consultation in Involve about this strategy",
                defaultValue: strategy.consultation?.id ?? "none",
                options: [
                  ...consultations.map((c) => ({
                    value: c.id,
                    label: `${c.title} (${CONSULTATION_TOPIC_LABEL[c.topic].toLowerCase()})`,
                  })),
                  { value: "none", label: "None" },
                ],
              },
            ]}
          />
        )}
      </Section>

      {canMoveTo(strategy.status, "CONSULTATION") && (
        <Section title="Send for consultation">
          <ActionForm
            action={sendToConsultationAction}
            label="Send for consultation"
            hidden={hidden}
            submit="Send for consultation"
            fields={[
              { kind: "date", name: "startedOn", label: "Date consultation started", defaultValue: today },
              {
                kind: "text",
                name: "reference",
                label: "Consultation reference (optional)",
                hint: "For example, the name of the survey or a link to it.",
              },
            ]}
          />
        </Section>
      )}

      {canMoveTo(strategy.status, "APPROVED") && (
        <Section title="Record approval">
          <p className="mb-4">Approving this version replaces the strategy in force now.</p>
          <ActionForm
            action={approveStrategyAction}
            label="Record approval"
            hidden={hidden}
            submit="Record approval"
            fields={[
              {
                kind: "text",
                name: "approvedBy",
                label: "Approved by",
                hint: "The board or committee, for example Board of Management.",
              },
              { kind: "date", name: "approvedOn", label: "Date approved", defaultValue: today },
              { kind: "text", name: "minuteRef", label: "Minute reference", hint: "For example, BM 25/14." },
            ]}
          />
        </Section>
      )}

      {isInForce(strategy.status) && (
        <>
          <Section title="Action plans">
            {strategy.actionPlans.length === 0 ? (
              <p className="mb-4">There are no action plans yet.</p>
            ) : (
              <ul className="mb-6 list-disc pl-6">
                {strategy.actionPlans.map((plan) => (
                  <li key={plan.id}>
                    <Link href={`/staff/strategy/plans/${plan.id}`}>Action plan {financialYearLabel(plan.year)}</Link>
                  </li>
                ))}
              </ul>
            )}
            <ActionForm
              action={createActionPlanAction}
              label="Start an action plan"
              hidden={hidden}
              submit="Start action plan"
              fields={[
                {
                  kind: "text",
                  name: "year",
                  label: "Financial year it starts",
                  hint: "For example, 2026 for April 2026 to March 2027.",
                  defaultValue: String(financialQuarter(new Date()).year),
                },
              ]}
            />
          </Section>
          <Section title="Review dates">
            <ActionForm
              action={updateReviewSettingsAction}
              label="Review dates"
              kind="secondary"
              hidden={hidden}
              submit="Save review dates"
              fields={[
                {
                  kind: "date",
                  name: "fullReviewDueOn",
                  label: "Next full review",
                  hint: "Three years after approval unless the board sets another date.",
                  defaultValue: strategy.fullReviewDueOn ? isoDay(strategy.fullReviewDueOn) : undefined,
                },
                {
                  kind: "date",
                  name: "kpiReviewDueOn",
                  label: "Next yearly review of performance indicators",
                  defaultValue: strategy.kpiReviewDueOn ? isoDay(strategy.kpiReviewDueOn) : undefined,
                },
                {
                  kind: "date",
                  name: "tenantConsultationOn",
                  label: "Last consultation with tenants on involvement arrangements",
                  hint: "The law asks for this at least every three years.",
                  defaultValue: strategy.tenantConsultationOn ? isoDay(strategy.tenantConsultationOn) : undefined,
                },
              ]}
            />
          </Section>
          <Section title="Monitoring group">
            <ActionForm
              action={setMonitoringGroupAction}
              label="Monitoring group"
              kind="secondary"
              hidden={hidden}
              submit="Save the monitoring group"
              fields={[
                {
                  kind: "radio",
                  name: "groupId",
                  label: "Group that reviews the action plan each quarter and the strategy each year",
                  options: [
                    { value: "NONE", label: "No group" },
                    ...groups.map((g) => ({ value: g.id, label: g.name })),
                  ],
                  defaultValue: strategy.monitoringGroupId ?? "NONE",
                },
              ]}
            />
          </Section>
          <Section title="Review the strategy">
            <p className="mb-4">
              A new draft starts as a copy of this version. This version stays in force until the new one is approved.
            </p>
            <ActionForm
              action={startNewDraftAction}
              label="Start a new draft"
              kind="secondary"
              hidden={hidden}
              submit="Start a new draft from this version"
              fields={[]}
            />
          </Section>
        </>
      )}
    </>
  );
};

export default StrategyPage;
