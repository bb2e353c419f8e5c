type Props = {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  emptyLabel?: string;
};

/** A labelled select, for filters (GET forms) where there is no error state. */
export const SelectField = ({ name, label, options, defaultValue, emptyLabel = "Any" }: Props) => (
  <div>
    <label htmlFor={name} className="block font-bold">
      {label}
    </label>
    <select
      id={name}
      name={name}
      defaultValue={defaultValue ?? ""}
      className="mt-1 w-full border-2 border-gray-900 p-2"
    >
      <option value="">{emptyLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  </div>
);
