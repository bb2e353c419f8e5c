import { fieldError, submittedValue, type FormState } from "@/lib/actions/form-state";

type Props = {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  state: FormState;
  defaultValue?: string;
};

export const RadioGroup = ({ name, legend, hint, options, state, defaultValue }: Props) => {
  const error = fieldError(state, name);
  const submitted = submittedValue(state, name);
  const value = typeof submitted === "string" ? submitted : defaultValue;
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset id={name} aria-describedby={describedBy} className={`mb-6 ${error ? "border-l-4 border-red-700 pl-4" : ""}`}>
      <legend className="text-lg font-bold">{legend}</legend>
      {hint && (
        <p id={`${name}-hint`} className="text-gray-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${name}-error`} className="font-bold text-red-800">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
      {options.map((option) => (
        <div key={option.value} className="mt-2 flex items-center gap-3">
          <input
            id={`${name}-${option.value}`}
            type="radio"
            name={name}
            value={option.value}
            defaultChecked={value === option.value}
            className="h-6 w-6"
          />
          <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
};
