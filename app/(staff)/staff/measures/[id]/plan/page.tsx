import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm, type FormField } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { TENURE_LABEL } from "@/lib/surveys/measure-labels";
import { getRound, countResponsesByTenure, type Round } from "@/lib/surveys/queries";
import { METHOD_STATEMENT_FIELDS } from "@/lib/surveys/schemas";
import { type PlanRow, samplingPlan } from "@/lib/surveys/sampling-plan";
import { loadRound } from "../load";
import { updateRoundPlanAction } from "./actions";
import { financialYearLabel } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Sampling plan and method statement" };

type Props = { params: Promise<{ id: string }> };

const count = (value: number | null) => (value === null ? "No homes" : value.toLocaleString("en-GB"));

const planFields = (round: Round): FormField[] => [
  { kind: "heading", name: "sample-heading", label: "Sample" },
  {
    kind: "text",
    name: "targetMargin",
    label: "Target margin of error (percentage points)",
    hint: "At 95% confidence. The regulator expects 4 points or better for most landlords",
    defaultValue: String(round.targetMargin),
  },
  {
    kind: "text",
    name: "populationLcra",
    label: "Low-cost rental homes in scope (LCRA)",
    defaultValue: String(round.populationLcra),
  },
  {
    kind: "text",
    name: "populationLcho",
    label: "Low-cost home ownership homes in scope (LCHO)",
    defaultValue: String(round.populationLcho),
  },
  { kind: "heading", name: "statement-heading", label: "Method statement" },
  ...METHOD_STATEMENT_FIELDS.map(({ name, label, hint }): FormField => ({
    kind: "textarea",
    name,
    label,
    hint,
    rows: 3,
    defaultValue: round[name] ?? "",
  })),
];

const RoundPlanPage = async ({ params }: Props) => {
  const { round } = await loadRound(params, getRound);
  const rows = samplingPlan(round, await countResponsesByTenure(round.id));
  const year = financialYearLabel(round.year);
  return (
    <>
      <p className="mb-4">
        <Link href={`/staff/measures/${round.id}`}>Back to the {year} survey</Link>
      </p>
      <PageHeading caption={`Perception survey ${year}`}>Sampling plan and method statement</PageHeading>
      <section aria-labelledby="plan" className="mb-10">
        <h2 id="plan" className="mb-2 text-2xl font-bold">
          Sampling plan
        </h2>
        <p className="mb-4 max-w-2xl">
          Responses needed for a margin of error of {round.targetMargin} percentage points at 95% confidence, and the
          margin the responses so far give.
        </p>
        <DataTable
          caption="Sampling plan by tenure"
          rowKey={(row: PlanRow) => row.group}
          rows={rows}
          columns={[
            { header: "Tenure", cell: (row) => TENURE_LABEL[row.group] },
            { header: "Homes", cell: (row) => row.population.toLocaleString("en-GB") },
            { header: "Responses needed", cell: (row) => count(row.required) },
            { header: "Responses so far", cell: (row) => row.responses.toLocaleString("en-GB") },
            { header: "Still needed", cell: (row) => count(row.stillNeeded) },
            {
              header: "Margin of error so far",
              cell: (row) => (row.achieved === null ? "Not yet known" : `±${row.achieved} points`),
            },
          ]}
        />
      </section>
      <section aria-labelledby="statement-form" className="max-w-3xl">
        <h2 id="statement-form" className="mb-2 text-2xl font-bold">
          Change the plan and method statement
        </h2>
        {round.status === "PUBLISHED" ? (
          <>
            <p className="mb-4">
              The results are published, so the method statement published with them cannot be changed.
            </p>
            <SummaryList
              rows={METHOD_STATEMENT_FIELDS.map(({ name, label }) => ({
                term: label,
                value: round[name] ?? "Not given",
              }))}
            />
          </>
        ) : (
          <ActionForm
            action={updateRoundPlanAction}
            hidden={{ roundId: round.id }}
            fields={planFields(round)}
            submit="Save plan and method statement"
            label="Sampling plan and method statement"
          />
        )}
      </section>
    </>
  );
};

export default RoundPlanPage;
