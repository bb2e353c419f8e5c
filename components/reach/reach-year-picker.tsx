import { FilterForm } from "@/components/ui/filter-form";
import { FinancialYearField } from "@/components/ui/financial-year-field";

/** How many financial years the reach pages offer: this one and the four before it. */
const YEARS_OFFERED = 5;

/** The reach pages' choice of financial year (staff and board read the same years the same way). */
export const ReachYearPicker = ({ current, year }: { current: number; year: number }) => (
  <FilterForm label="Choose the year" submit="Show year" layout="flex max-w-md items-end gap-4">
    <FinancialYearField years={Array.from({ length: YEARS_OFFERED }, (_, index) => current - index)} year={year} />
  </FilterForm>
);
