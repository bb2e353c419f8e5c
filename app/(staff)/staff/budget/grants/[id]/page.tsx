import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getGrant } from "@/lib/budget/queries";
import { accountsOverdue, formatPence, GRANT_STATUS_LABEL } from "@/lib/budget/rules";
import { formatDate } from "@/lib/format";
import { financialYearLabel, ukToday } from "@/lib/uk-time";
import { decideGrantAction, payGrantAction, recordGrantAccountsAction } from "../../actions";

export const metadata: Metadata = { title: "Grant" };

const GrantPage = async ({ params }: { params: Promise<{ id: string }> }) => {
  await requireRole(AREA_ROLES.staff);
  const { id } = await params;
  const grant = await getGrant(id);
  if (!grant) notFound();
  const paid = grant.payments.reduce((sum, payment) => sum + payment.amountPence, 0);
  const hidden = { grantId: grant.id };
  return (
    <div className="max-w-3xl">
      <p className="mb-4">
        <Link href="/staff/budget/grants">Back to grants</Link>
      </p>
      <PageHeading caption={`Grant for ${financialYearLabel(grant.year)}`}>{grant.group.name}</PageHeading>
      <SummaryList
        rows={[
          { term: "Purpose", value: grant.purpose },
          {
            term: "Applied",
            value: `${formatDate(grant.appliedOn)}, asking for ${formatPence(grant.amountRequestedPence)}`,
          },
          {
            term: "Decision",
            value: grant.decidedOn
              ? `${GRANT_STATUS_LABEL[grant.status]} on ${formatDate(grant.decidedOn)}`
              : GRANT_STATUS_LABEL[grant.status],
          },
          ...(grant.amountApprovedPence === null
            ? []
            : [
                { term: "Approved", value: formatPence(grant.amountApprovedPence) },
                {
                  term: "Paid",
                  value: `${formatPence(paid)} in ${grant.payments.length === 1 ? "one payment" : `${grant.payments.length} payments`}`,
                },
                { term: "Conditions", value: grant.conditions ?? "None" },
                {
                  term: "Annual accounts",
                  value: grant.accountsReceivedOn
                    ? `Received ${formatDate(grant.accountsReceivedOn)}`
                    : `${accountsOverdue(grant, ukToday(new Date())) ? "Overdue: were due" : "Due"} ${formatDate(grant.accountsDueOn)}`,
                },
              ]),
        ]}
      />
      {grant.status === "APPLIED" && (
        <>
          <h2 className="mb-3 text-2xl font-bold">Record the decision</h2>
          <ActionForm
            action={decideGrantAction}
            label="Record the decision"
            submit="Record the decision"
            hidden={hidden}
            fields={[
              {
                kind: "radio",
                name: "decision",
                label: "Decision",
                options: [
                  { value: "APPROVED", label: "Approved" },
                  { value: "REFUSED", label: "Refused" },
                ],
              },
              { kind: "date", name: "decidedOn", label: "Date of the decision" },
              { kind: "text", name: "amountApproved", label: "Amount approved, in pounds", hint: "Only if approved." },
              {
                kind: "textarea",
                name: "conditions",
                label: "Conditions of the grant",
                hint: "Only if approved.",
                rows: 3,
              },
              { kind: "date", name: "accountsDueOn", label: "Annual accounts due by", hint: "Only if approved." },
            ]}
          />
        </>
      )}
      {grant.status === "APPROVED" && (
        <>
          <h2 className="mb-3 text-2xl font-bold">Record a payment</h2>
          <p className="mb-4">A payment is recorded as money spent from the grants budget.</p>
          <ActionForm
            action={payGrantAction}
            label="Record a payment"
            submit="Record the payment"
            hidden={hidden}
            fields={[
              { kind: "date", name: "paidOn", label: "Date paid" },
              { kind: "text", name: "amount", label: "Amount paid, in pounds" },
            ]}
          />
          {!grant.accountsReceivedOn && (
            <>
              <h2 className="mb-3 mt-8 text-2xl font-bold">Annual accounts received</h2>
              <ActionForm
                action={recordGrantAccountsAction}
                label="Annual accounts received"
                submit="Record the accounts"
                kind="secondary"
                hidden={hidden}
                fields={[{ kind: "date", name: "accountsReceivedOn", label: "Date the accounts arrived" }]}
              />
            </>
          )}
        </>
      )}
    </div>
  );
};

export default GrantPage;
