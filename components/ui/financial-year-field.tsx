import { financialYearLabel } from "@/lib/uk-time";
import { SelectField } from "./select-field";

/**
 * The financial year to show, in a filter form: each year is offered as "2025-26", and leaving it empty means the
 * current one, so a bookmarked page moves on with the year.
 */
export const FinancialYearField = ({
  years,
  year,
  label = "Financial year",
}: {
  years: number[];
  year: number;
  label?: string;
}) => (
  <SelectField
    name="year"
    label={label}
    options={years.map((value) => ({ value: String(value), label: financialYearLabel(value) }))}
    defaultValue={String(year)}
    emptyLabel="This year"
  />
);
