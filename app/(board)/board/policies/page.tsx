import type { Metadata } from "next";
import { BudgetTable } from "@/components/budget/budget-table";
import { PolicyTable } from "@/components/policies/policy-table";
import { RentResults } from "@/components/rent/rent-results";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { budgetSummary } from "@/lib/budget/queries";
import { formatPence } from "@/lib/budget/rules";
import { formatDate } from "@/lib/format";
import { listPolicies } from "@/lib/policies/queries";
import { reviewState } from "@/lib/policies/rules";
import { listRentSettings, rentResults } from "@/lib/rent/queries";
import { optionText } from "@/lib/rent/rules";
import { financialYearLabel, financialYearOf, ukToday } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Budget, policies and rent" };

const BoardPoliciesPage = async () => {
  await requireRole(AREA_ROLES.board);
  const now = new Date();
  const today = ukToday(now);
  const year = financialYearOf(now);
  const [summary, policies, settings] = await Promise.all([budgetSummary(year), listPolicies(), listRentSettings()]);
  const due = policies.filter((policy) => reviewState(policy.nextReviewOn, today) !== "NOT_DUE");
  const latest = settings[0];
  const results = latest ? await rentResults(latest) : [];
  const decided = latest?.options.find((option) => option.label === latest.decidedOptionLabel);
  return (
    <>
      <PageHeading caption="Board area">Budget, policies and rent</PageHeading>
      <h2 className="mb-2 text-2xl font-bold">Involvement budget {financialYearLabel(year)}</h2>
      <p className="mb-4 max-w-2xl">
        {summary.percentSpent === null
          ? "No involvement budget has been set for this year."
          : `${summary.percentSpent}% of the budget spent so far: ${formatPence(summary.total.spentPence)} of ${formatPence(summary.total.budgetPence)}, with ${formatPence(summary.total.committedPence)} more committed. The board's budget KPI is counted from the same spending.`}
      </p>
      <BudgetTable summary={summary} caption={`Involvement budget ${financialYearLabel(year)} by category`} />

      <h2 className="mb-2 mt-8 text-2xl font-bold">Policy reviews due</h2>
      {due.length === 0 ? (
        <p className="mb-6">No policy is due for review in the next three months.</p>
      ) : (
        <>
          <p className="mb-4">
            {due.length === 1 ? "One policy is" : `${due.length} policies are`} due or overdue for review.
          </p>
          <PolicyTable policies={due} today={today} />
        </>
      )}

      <h2 className="mb-2 mt-8 text-2xl font-bold">Rent setting</h2>
      {latest ? (
        <>
          <p className="mb-4 max-w-2xl">
            {decided
              ? `For ${financialYearLabel(latest.year)} the board chose ${optionText(decided, latest.averageWeeklyRentPence)} on ${formatDate(latest.decidedOn)} (minute ${latest.minuteReference}).`
              : `Tenants' views on the rent for ${financialYearLabel(latest.year)}, for the board's decision.`}
          </p>
          <RentResults
            results={results}
            caption={`Rent options for ${financialYearLabel(latest.year)}: what tenants chose`}
          />
        </>
      ) : (
        <p>No rent consultation yet.</p>
      )}
    </>
  );
};

export default BoardPoliciesPage;
