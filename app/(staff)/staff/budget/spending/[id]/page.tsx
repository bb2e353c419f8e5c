import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { spendLineFields } from "@/components/budget/spend-line-fields";
import { ActionForm } from "@/components/ui/action-form";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { getSpendLine } from "@/lib/budget/queries";
import { formatPence } from "@/lib/budget/rules";
import { financialYearLabel } from "@/lib/uk-time";
import { correctSpendLineAction, removeSpendLineAction } from "../../actions";

export const metadata: Metadata = { title: "Correct spending" };

/** One spending line, to correct or remove until the year's annual report is published. */
const SpendLinePage = async ({ params }: { params: Promise<{ id: string }> }) => {
  await requireRole(AREA_ROLES.staff);
  const line = await getSpendLine((await params).id);
  if (!line) notFound();
  const back = `/staff/budget?year=${line.year}`;
  const title = `${line.supplier}, ${formatPence(line.amountPence)}`;
  return (
    <div className="max-w-2xl">
      <p className="mb-4">
        <Link href={back}>Back to the budget for {financialYearLabel(line.year)}</Link>
      </p>
      <PageHeading caption="Correct spending">{title}</PageHeading>
      {line.problem ? (
        <p>{line.problem}</p>
      ) : (
        <>
          <p className="mb-4">
            Correct anything recorded wrongly. The budget&apos;s totals and the board&apos;s budget figure follow at
            once, and the audit trail keeps what the line said before.
          </p>
          <ActionForm
            action={correctSpendLineAction}
            label="Correct the spending"
            submit="Save the correction"
            hidden={{ spendLineId: line.id }}
            fields={spendLineFields(line)}
          />
          <h2 className="mb-2 mt-10 text-2xl font-bold">Remove this spending</h2>
          <p>If it was recorded by mistake, remove it. It no longer counts against the budget.</p>
          <ConfirmForm
            action={removeSpendLineAction}
            fields={{ spendLineId: line.id }}
            confirm="Yes, remove this spending"
            cancelHref={back}
            kind="secondary"
          />
        </>
      )}
    </div>
  );
};

export default SpendLinePage;
