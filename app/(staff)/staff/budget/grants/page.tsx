import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { listGrantableGroups, listGrants } from "@/lib/budget/queries";
import { accountsOverdue, formatPence, GRANT_STATUS_LABEL } from "@/lib/budget/rules";
import { ZBudgetQuery } from "@/lib/budget/schemas";
import { formatDate } from "@/lib/format";
import { ukToday } from "@/lib/uk-time";
import { applyForGrantAction } from "../actions";

export const metadata: Metadata = { title: "Grants to tenants' organisations" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const GrantsPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const today = ukToday(new Date());
  const overdueOnly = ZBudgetQuery.parse(await searchParams).overdue === "yes";
  const [grants, groups] = await Promise.all([
    listGrants(overdueOnly ? { overdueOn: today } : {}),
    listGrantableGroups(),
  ]);
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/budget">Back to the involvement budget</Link>
      </p>
      <PageHeading>Grants to tenants&apos; organisations</PageHeading>
      <p className="mb-4">
        {overdueOnly ? (
          <>
            Showing grants whose group&apos;s annual accounts are overdue.{" "}
            <Link href="/staff/budget/grants">Show all grants</Link>
          </>
        ) : (
          <Link href="/staff/budget/grants?overdue=yes">Show only grants with accounts overdue</Link>
        )}
      </p>
      {grants.length === 0 ? (
        <p className="mb-6">No grants to show.</p>
      ) : (
        <DataTable
          caption="Grants"
          rowKey={(grant) => grant.id}
          rows={grants}
          columns={[
            {
              header: "Group",
              cell: (grant) => <Link href={`/staff/budget/grants/${grant.id}`}>{grant.group.name}</Link>,
            },
            { header: "Purpose", cell: (grant) => grant.purpose },
            { header: "Asked for", cell: (grant) => formatPence(grant.amountRequestedPence) },
            { header: "Decision", cell: (grant) => GRANT_STATUS_LABEL[grant.status] },
            {
              header: "Approved and paid",
              cell: (grant) =>
                grant.amountApprovedPence === null
                  ? "None"
                  : `${formatPence(grant.paidPence)} paid of ${formatPence(grant.amountApprovedPence)}`,
            },
            {
              header: "Annual accounts",
              cell: (grant) =>
                grant.accountsReceivedOn
                  ? `Received ${formatDate(grant.accountsReceivedOn)}`
                  : grant.accountsDueOn
                    ? `${accountsOverdue(grant, today) ? "Overdue: were due" : "Due"} ${formatDate(grant.accountsDueOn)}`
                    : "Not asked for",
            },
          ]}
        />
      )}
      <div className="max-w-2xl">
        <h2 className="mb-3 mt-8 text-2xl font-bold">Record a grant application</h2>
        {groups.length === 0 ? (
          <p>There are no registered tenants&apos; organisations to make a grant to.</p>
        ) : (
          <ActionForm
            action={applyForGrantAction}
            label="Record a grant application"
            submit="Record the application"
            fields={[
              {
                kind: "radio",
                name: "groupId",
                label: "Tenants' organisation",
                options: groups.map((group) => ({ value: group.id, label: group.name })),
              },
              { kind: "date", name: "appliedOn", label: "Date of the application" },
              { kind: "textarea", name: "purpose", label: "What the grant is for", rows: 3 },
              { kind: "text", name: "amountRequested", label: "Amount asked for, in pounds" },
            ]}
          />
        )}
      </div>
    </>
  );
};

export default GrantsPage;
