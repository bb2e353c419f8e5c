import { describedBy, fieldBox, FieldMessages } from "./field-messages";

type Props = {
  type: "radio" | "checkbox";
  name: string;
  /** The fieldset's id, when a page has more than one form with this field; the name otherwise. */
  id?: string;
  legend: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  isChecked: (value: string) => boolean;
};

// An id may not hold spaces; values such as "age=16 to 24" are written with underscores instead.
const idFor = (name: string, value: string) => `${name}-${value.replace(/[^A-Za-z0-9_-]/g, "_")}`;

/** A fieldset of radios or checkboxes with its legend, hint and error. */
export const ChoiceGroup = ({ type, name, id = name, legend, hint, error, options, isChecked }: Props) => (
  <fieldset id={id} aria-describedby={describedBy(id, hint, error)} className={fieldBox(error)}>
    <legend className="text-lg font-bold">{legend}</legend>
    <FieldMessages name={id} hint={hint} error={error} />
    {options.map((option) => (
      <div key={option.value} className="mt-2 flex items-center gap-3">
        <input
          id={idFor(id, option.value)}
          type={type}
          name={name}
          value={option.value}
          defaultChecked={isChecked(option.value)}
          className="h-6 w-6"
        />
        <label htmlFor={idFor(id, option.value)}>{option.label}</label>
      </div>
    ))}
  </fieldset>
);
