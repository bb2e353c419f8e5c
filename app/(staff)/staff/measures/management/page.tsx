import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm, type FormField } from "@/components/ui/action-form";
import { PageHeading } from "@/components/ui/page-heading";
import { SelectField } from "@/components/ui/select-field";
import { requireRole } from "@/lib/auth/session";
import { AREA_ROLES } from "@/lib/auth/rules";
import { displayCode, MANAGEMENT_MEASURES, QUARTER_LABEL, QUARTERS } from "@/lib/management-figures/rules";
import { getManagementQuarter } from "@/lib/management-figures/queries";
import { ZQuarterPicker } from "@/lib/management-figures/schemas";
import { financialYearLabel, financialYearOf } from "@/lib/uk-time";
import { saveManagementQuarterAction } from "./actions";
import { FilterForm } from "@/components/ui/filter-form";
import { FinancialYearField } from "@/components/ui/financial-year-field";

export const metadata: Metadata = { title: "Management information measures" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const text = (value: number | undefined) => (value === undefined ? "" : String(value));

const ManagementPage = async ({ searchParams }: Props) => {
  await requireRole(AREA_ROLES.staff);
  const current = financialYearOf(new Date());
  const picked = ZQuarterPicker.parse(await searchParams);
  const year = picked.year ?? current;
  const quarter = picked.quarter ?? 1;
  const entered = await getManagementQuarter(year, quarter);
  const years = Array.from({ length: 6 }, (_, index) => current - 4 + index).reverse();
  const fields: FormField[] = MANAGEMENT_MEASURES.flatMap(({ code, name, numerator, denominator }): FormField[] => {
    const row = entered[code];
    return [
      { kind: "heading", name: `${code}-heading`, label: `${displayCode(code)} ${name}` },
      {
        kind: "text",
        name: `${code}_numerator`,
        label: `${displayCode(code)}: ${numerator}`,
        defaultValue: text(row?.numerator),
      },
      {
        kind: "text",
        name: `${code}_denominator`,
        label: `${displayCode(code)}: ${denominator}`,
        defaultValue: text(row?.denominator),
      },
      {
        kind: "text",
        name: `${code}_note`,
        label: `${displayCode(code)}: note (optional)`,
        defaultValue: row?.note ?? "",
      },
    ];
  });
  return (
    <>
      <p className="mb-4">
        <Link href="/staff/measures">Back to measures</Link>
      </p>
      <PageHeading caption="Tenant satisfaction measures">Management information</PageHeading>
      <p className="mb-6 max-w-2xl">
        Enter each measure as a number over the total it is out of. Percentages and figures per 1,000 homes are worked
        out for you and rounded to one decimal place. Leave a measure blank if you do not have its figures yet.
      </p>
      <FilterForm
        label="Choose a quarter"
        submit="Show quarter"
        layout="grid max-w-2xl gap-4 sm:grid-cols-3 sm:items-end"
      >
        <FinancialYearField years={years} year={year} label="Reporting year" />
        <SelectField
          name="quarter"
          label="Quarter"
          options={QUARTERS.map((value) => ({ value: String(value), label: QUARTER_LABEL[value] ?? "" }))}
          defaultValue={String(quarter)}
          emptyLabel="Quarter 1"
        />
      </FilterForm>
      <h2 className="mb-4 text-2xl font-bold">
        {QUARTER_LABEL[quarter]}, {financialYearLabel(year)}
      </h2>
      <ActionForm
        key={`${year}-${quarter}`}
        action={saveManagementQuarterAction}
        hidden={{ year: String(year), quarter: String(quarter) }}
        fields={fields}
        submit="Save figures"
        label={`Figures for ${QUARTER_LABEL[quarter]}, ${financialYearLabel(year)}`}
      />
    </>
  );
};

export default ManagementPage;
