import { describedBy, fieldBox, FieldMessages } from "./field-messages";
import { fieldError, submittedValue, type FormState } from "@/lib/actions/form-state";

type Props = {
  name: string;
  /** The element id, when a page has more than one form with this field; the name otherwise. */
  id?: string;
  label: string;
  state: FormState;
  hint?: string;
  type?: "text" | "email" | "password" | "tel" | "date" | "number" | "datetime-local" | "url";
  /** "numeric" or "decimal" for numbers: a text box with the number keypad, as GOV.UK advises. */
  inputMode?: "numeric" | "decimal";
  autoComplete?: string;
  defaultValue?: string;
  width?: "full" | "medium";
  /** Makes it a multi-line box of this many rows, for longer answers. */
  rows?: number;
  /** Answers to pick from as the person types (a datalist: works without JavaScript, any other text still allowed). */
  suggestions?: readonly string[];
};

/** A labelled input (or multi-line box) whose hint and error are announced with it (aria-describedby). */
export const TextField = ({
  name,
  id = name,
  label,
  state,
  hint,
  type = "text",
  inputMode,
  autoComplete,
  defaultValue,
  width = "full",
  rows,
  suggestions,
}: Props) => {
  const error = fieldError(state, name);
  const submitted = submittedValue(state, name);
  const value = typeof submitted === "string" ? submitted : defaultValue;
  const shared = {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
  };
  const box = `mt-1 block border-2 p-2 text-lg focus:outline-4 focus:outline-yellow-400 ${error ? "border-red-700" : "border-gray-900"}`;
  return (
    <div className={fieldBox(error)}>
      <label htmlFor={id} className="block text-lg font-bold">
        {label}
      </label>
      <FieldMessages name={id} hint={hint} error={error} />
      {rows ? (
        <textarea {...shared} rows={rows} defaultValue={value} key={value} className={`${box} w-full max-w-2xl`} />
      ) : (
        <input
          {...shared}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          defaultValue={type === "password" ? undefined : value}
          key={type === "password" ? undefined : value}
          list={suggestions ? `${name}-suggestions` : undefined}
          className={`${box} ${width === "full" ? "w-full max-w-xl" : "w-full max-w-xs"}`}
        />
      )}
      {suggestions && !rows && (
        <datalist id={`${name}-suggestions`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
    </div>
  );
};
