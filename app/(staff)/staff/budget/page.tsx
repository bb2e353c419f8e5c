import type { Metadata } from "next";
import Link from "next/link";
import { BudgetTable } from "@/components/budget/budget-table";
import { spendLineFields } from "@/components/budget/spend-line-fields";
import { ActionButton } from "@/components/ui/action-button";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { FilterForm } from "@/components/ui/filter-form";
import { FinancialYearField } from "@/components/ui/financial-year-field";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { Notice } from "@/components/ui/notice";
import { budgetSummary, budgetYearClosed, listSpendLines } from "@/lib/budget/queries";
import { CATEGORY_LABEL, formatPence, SPEND_STATUS_LABEL } from "@/lib/budget/rules";
import { ZBudgetQuery } from "@/lib/budget/schemas";
import { formatDate } from "@/lib/format";
import { financialYearLabel, financialYearOf } from "@/lib/uk-time";
import { addSpendLineAction, markSpentAction, setBudgetAction } from "./actions";

export const metadata: Metadata = { title: "Involvement budget" };

const DONE = { corrected: "The spending has been corrected.", removed: "The spending has been removed." };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BudgetPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const current = financialYearOf(new Date());
  const query = ZBudgetQuery.parse(await searchParams);
  const year = query.year ?? current;
  const [summary, lines, closed] = await Promise.all([
    budgetSummary(year),
    listSpendLines(year),
    budgetYearClosed(year),
  ]);
  const label = financialYearLabel(year);
  return (
    <>
      <PageHeading caption={`Financial year ${label}`}>Involvement budget</PageHeading>
      {query.done && <Notice title={DONE[query.done]} />}
      <FilterForm label="Choose the year" submit="Show year" layout="mb-6 flex max-w-md items-end gap-4">
        <FinancialYearField
          years={[current + 1, ...Array.from({ length: 4 }, (_, index) => current - index)]}
          year={year}
        />
      </FilterForm>
      <ul className="mb-6 space-y-1">
        <li>
          <Link href="/staff/budget/grants">Grants to tenants&apos; organisations</Link>
        </li>
        <li>
          <a href={`/staff/budget/spend.csv?year=${year}`} download>
            Download the year&apos;s spending (CSV)
          </a>
        </li>
      </ul>
      {summary.budgetSet ? (
        <p className="mb-4 text-lg">
          {summary.percentSpent === null
            ? "No budget has been set for this year."
            : `${summary.percentSpent}% of the budget has been spent: ${formatPence(summary.total.spentPence)} of ${formatPence(summary.total.budgetPence)}, with ${formatPence(summary.total.committedPence)} more committed.`}
        </p>
      ) : (
        <p className="mb-4 text-lg">No budget has been set for {label} yet.</p>
      )}
      <BudgetTable summary={summary} caption={`Involvement budget ${label} by category`} />

      <h2 className="mb-3 mt-8 text-2xl font-bold">Spending in {label}</h2>
      {closed && (
        <p className="mb-4">The annual report for {label} is published, so its spending can no longer be changed.</p>
      )}
      {lines.length === 0 ? (
        <p className="mb-6">No spending has been recorded for this year.</p>
      ) : (
        <DataTable
          caption={`Spending in ${label}`}
          rowKey={(line) => line.id}
          rows={lines}
          columns={[
            { header: "Date", cell: (line) => formatDate(line.spentOn) },
            { header: "Category", cell: (line) => CATEGORY_LABEL[line.category] },
            { header: "Supplier", cell: (line) => line.supplier },
            { header: "What for", cell: (line) => line.description },
            { header: "Amount", cell: (line) => formatPence(line.amountPence) },
            {
              header: "Committed or spent",
              cell: (line) =>
                line.status === "COMMITTED" ? (
                  <>
                    Committed{" "}
                    <ActionButton
                      action={markSpentAction}
                      fields={{ spendLineId: line.id }}
                      context={`${line.supplier}, ${formatPence(line.amountPence)}`}
                    >
                      Mark paid
                    </ActionButton>
                  </>
                ) : (
                  SPEND_STATUS_LABEL[line.status]
                ),
            },
            {
              header: "Change",
              // Grant payments are changed on the grant; a year with a published report no longer changes.
              cell: (line) =>
                line.grantId ? (
                  "Grant payment"
                ) : closed ? (
                  "Closed"
                ) : (
                  <Link href={`/staff/budget/spending/${line.id}`}>
                    Correct or remove
                    <span className="sr-only">
                      : {line.supplier}, {formatPence(line.amountPence)}
                    </span>
                  </Link>
                ),
            },
          ]}
        />
      )}

      <div className="max-w-2xl">
        <h2 className="mb-3 mt-8 text-2xl font-bold">Record spending</h2>
        <p className="mb-4">Grant payments are recorded on the grant, so they count against the grants budget.</p>
        <ActionForm
          action={addSpendLineAction}
          label="Record spending"
          submit="Record spending"
          fields={spendLineFields()}
        />

        <h2 className="mb-3 mt-8 text-2xl font-bold">Set the budget for {label}</h2>
        <ActionForm
          action={setBudgetAction}
          label={`Set the budget for ${label}`}
          submit="Save the budget"
          kind="secondary"
          hidden={{ year: String(year) }}
          fields={summary.categories.map((row) => ({
            kind: "text" as const,
            name: `budget_${row.category}`,
            label: `${row.label}, in pounds`,
            defaultValue: summary.budgetSet ? (row.budgetPence / 100).toFixed(2) : undefined,
          }))}
        />
      </div>
    </>
  );
};

export default BudgetPage;
