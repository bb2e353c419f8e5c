import { FilterForm } from "@/components/ui/filter-form";
import { SelectField } from "@/components/ui/select-field";
import { QUARTER_MONTHS } from "@/lib/kpi/rules";
import { addQuarters, financialYearLabel, type Quarter } from "@/lib/uk-time";

type Props = {
  quarter: Quarter;
  latest: Quarter;
  areas?: { id: string; name: string }[];
  areaId?: string;
  submit: string;
  /** Choices made elsewhere on the page that a new quarter keeps (sent as hidden fields). */
  keep?: Record<string, string>;
};

/** A GET form choosing the quarter (and, where figures have areas, the area): works without JavaScript. */
export const QuarterPicker = ({ quarter, latest, areas, areaId, submit, keep = {} }: Props) => {
  // From the quarter under way (which may be chosen, shown "in progress") back over three more years.
  const years = Array.from({ length: 4 }, (_, index) => addQuarters(latest, 1 - 4 * index).year);
  return (
    <FilterForm
      label="Choose the quarter"
      submit={submit}
      layout="grid gap-4 sm:grid-cols-2 md:grid-cols-4 print:hidden"
    >
      <SelectField
        name="year"
        label="Financial year"
        emptyLabel="Latest"
        defaultValue={String(quarter.year)}
        options={years.map((year) => ({ value: String(year), label: financialYearLabel(year) }))}
      />
      <SelectField
        name="quarter"
        label="Quarter"
        emptyLabel="Latest"
        defaultValue={String(quarter.quarter)}
        options={QUARTER_MONTHS.map((months, index) => ({
          value: String(index + 1),
          label: `Quarter ${index + 1}: ${months}`,
        }))}
      />
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {areas && (
        <SelectField
          name="area"
          label="Area"
          emptyLabel="All areas"
          defaultValue={areaId}
          options={areas.map((area) => ({ value: area.id, label: area.name }))}
        />
      )}
    </FilterForm>
  );
};
