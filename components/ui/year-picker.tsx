import { FilterForm } from "@/components/ui/filter-form";
import { SelectField } from "@/components/ui/select-field";
import { financialYearLabel } from "@/lib/uk-time";

/** A GET form choosing a financial year, so the page works without JavaScript; blank means the page's default. */
export const YearPicker = ({ years, year, emptyLabel }: { years: number[]; year: number; emptyLabel: string }) => (
  <FilterForm label="Choose the year" submit="Show year" layout="flex max-w-md items-end gap-4">
    <SelectField
      name="year"
      label="Financial year"
      options={[...new Set([year, ...years])]
        .sort((a, b) => b - a)
        .map((value) => ({ value: String(value), label: financialYearLabel(value) }))}
      defaultValue={String(year)}
      emptyLabel={emptyLabel}
    />
  </FilterForm>
);
