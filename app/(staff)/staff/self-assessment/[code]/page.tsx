import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getLandlord } from "@/lib/landlord/queries";
import { getImprovementPlan, getSelfAssessment } from "@/lib/self-assessment/queries";
import { RATING_LABEL, RATINGS } from "@/lib/self-assessment/rules";
import { ZSelfAssessmentQuery } from "@/lib/self-assessment/schemas";
import { formatDate } from "@/lib/format";
import { financialYearLabel, financialYearOf } from "@/lib/uk-time";
import { addImprovementActionAction, assessRequirementAction } from "../actions";

export const metadata: Metadata = { title: "Assess a requirement" };

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const AssessRequirementPage = async ({ params, searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const [landlord, { code }] = await Promise.all([getLandlord(), params]);
  const year = ZSelfAssessmentQuery.parse(await searchParams).year ?? financialYearOf(new Date());
  const [view, improvement] = await Promise.all([
    getSelfAssessment(landlord.regime, year),
    getImprovementPlan(new Date()),
  ]);
  const requirement = view.requirements.find((entry) => entry.code === decodeURIComponent(code));
  if (!requirement) notFound();
  const back = `/staff/self-assessment?year=${year}`;
  const hidden = { year: String(year), requirementCode: requirement.code };
  return (
    <>
      <PageHeading caption={`Self-assessment, ${financialYearLabel(year)}`}>{requirement.heading}</PageHeading>
      <p className="mb-6 max-w-3xl italic">{requirement.text}</p>
      <p className="mb-6">
        <Link href={back}>Back to the self-assessment</Link>
      </p>
      {view.signOff ? (
        <p className="mb-6">The board has signed this self-assessment off, so it can no longer change.</p>
      ) : (
        <div className="max-w-2xl">
          <ActionForm
            action={assessRequirementAction}
            label="Assess the requirement"
            submit="Save assessment"
            hidden={hidden}
            fields={[
              {
                kind: "radio",
                name: "rating",
                label: "How well do we meet it?",
                defaultValue: requirement.rating ?? undefined,
                options: RATINGS.map((value) => ({ value, label: RATING_LABEL[value] })),
              },
              {
                kind: "textarea",
                name: "narrative",
                label: "Why: what we do, and where we fall short",
                defaultValue: requirement.narrative ?? "",
                rows: 6,
              },
              ...(requirement.offered.length > 0
                ? [
                    {
                      kind: "checkboxes" as const,
                      name: "evidence",
                      label: "Evidence",
                      hint: "From the assurance map: this year's scrutiny reviews, recommendations, KPIs, consultations and You said, We did tagged with this outcome.",
                      options: requirement.offered.map((item) => ({
                        value: item.href,
                        label: `${item.kind}: ${item.title}`,
                      })),
                      defaultValues: requirement.evidence.map((item) => item.href),
                    },
                  ]
                : []),
            ]}
          />
          {requirement.offered.length === 0 && (
            <p className="mt-4">Nothing in the assurance map is tagged with this outcome for the year yet.</p>
          )}
          <h2 className="mb-2 mt-10 text-2xl font-bold">Improvement actions</h2>
          {requirement.actions.length > 0 && (
            <ul className="mb-4 list-disc pl-6">
              {requirement.actions.map((action) => (
                <li key={action.id}>
                  <Link href={`/staff/strategy/actions/${action.id}`}>{action.title}</Link>: {action.owner}, by{" "}
                  {formatDate(action.targetOn)}
                </li>
              ))}
            </ul>
          )}
          {improvement ? (
            <>
              <p className="mb-4">
                An action added here joins the {financialYearLabel(improvement.plan.year)} action plan of{" "}
                {improvement.strategyTitle}, where its progress is tracked.
              </p>
              <ActionForm
                action={addImprovementActionAction}
                label="Add an improvement action"
                submit="Add to the action plan"
                kind="secondary"
                hidden={hidden}
                fields={[
                  { kind: "text", name: "title", label: "What will be done" },
                  { kind: "text", name: "owner", label: "Who is responsible" },
                  { kind: "date", name: "targetOn", label: "Due by" },
                  { kind: "textarea", name: "measureOfSuccess", label: "How we will know it has worked", rows: 3 },
                  {
                    kind: "radio",
                    name: "priorityId",
                    label: "The strategy priority it delivers",
                    options: improvement.priorities.map((priority) => ({
                      value: priority.id,
                      label: `${priority.number}. ${priority.title}`,
                    })),
                  },
                ]}
              />
            </>
          ) : (
            <p>There is no approved strategy with an action plan yet, so improvement actions cannot be added.</p>
          )}
        </div>
      )}
    </>
  );
};

export default AssessRequirementPage;
