import type { Metadata } from "next";
import Link from "next/link";
import { FilterForm } from "@/components/ui/filter-form";
import { FinancialYearField } from "@/components/ui/financial-year-field";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { formatDate } from "@/lib/format";
import { getLandlord } from "@/lib/landlord/queries";
import { assuranceEvidence } from "@/lib/outcomes/queries";
import { ZAssuranceQuery } from "@/lib/scrutiny/schemas";
import { financialYearLabel, financialYearOf } from "@/lib/uk-time";

export const metadata: Metadata = { title: "Assurance evidence by outcome" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const AssurancePage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.board);
  const current = financialYearOf(new Date());
  const year = ZAssuranceQuery.parse(await searchParams).year ?? current;
  const landlord = await getLandlord();
  const evidence = await assuranceEvidence(landlord.regime, year);
  const statement = landlord.regime === "ENGLAND" ? "consumer standards" : "Scottish Social Housing Charter outcomes";
  const years = Array.from({ length: 5 }, (_, index) => current - index);
  return (
    <>
      <PageHeading caption={`Board area: ${financialYearLabel(year)}`}>Assurance evidence by outcome</PageHeading>
      <p className="mb-6 max-w-2xl">
        The evidence for each of the {statement}, for the annual assurance statement: published scrutiny reviews, their
        recommendations and the board&apos;s KPIs tagged with the outcome they evidence.
      </p>
      <FilterForm label="Choose the year" submit="Show year" layout="flex max-w-md items-end gap-4">
        <FinancialYearField years={years} year={year} />
      </FilterForm>
      {evidence.map(({ outcome, items }) => (
        <section key={outcome.code} aria-labelledby={`outcome-${outcome.code}`} className="mb-8 max-w-3xl">
          <h2 id={`outcome-${outcome.code}`} className="mb-2 text-xl font-bold">
            {outcome.label}
          </h2>
          {items.length === 0 ? (
            <p>No evidence tagged in {financialYearLabel(year)}.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-6">
              {items.map((item) => (
                <li key={`${item.kind}-${item.href}`}>
                  {item.kind}: <Link href={item.href}>{item.title}</Link> ({formatDate(item.date)})
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
};

export default AssurancePage;
