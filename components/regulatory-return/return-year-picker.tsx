import { FilterForm } from "@/components/ui/filter-form";
import { SelectField } from "@/components/ui/select-field";
import { financialYearLabel } from "@/lib/uk-time";

/** A GET form choosing the reporting year of the return, so the page works without JavaScript. */
export const ReturnYearPicker = ({ years, year }: { years: number[]; year: number }) => (
  <FilterForm label="Choose the reporting year" submit="Show year" layout="flex max-w-md items-end gap-4">
    <SelectField
      name="year"
      label="Reporting year"
      options={[...new Set([year, ...years])]
        .sort((a, b) => b - a)
        .map((value) => ({ value: String(value), label: financialYearLabel(value) }))}
      defaultValue={String(year)}
      emptyLabel="The year just finished"
    />
  </FilterForm>
);
