import { fieldError, submittedValue, type FormState } from "@/lib/actions/form-state";

type Props = {
  name: string;
  label: string;
  state: FormState;
  hint?: string;
  type?: "text" | "email" | "password" | "tel" | "date";
  /** "numeric" or "decimal" for numbers: a text box with the number keypad, as GOV.UK advises. */
  inputMode?: "numeric" | "decimal";
  autoComplete?: string;
  defaultValue?: string;
  width?: "full" | "medium";
};

/** A labelled input whose hint and error are announced with it (aria-describedby). */
export const TextField = ({ name, label, state, hint, type = "text", inputMode, autoComplete, defaultValue, width = "full" }: Props) => {
  const error = fieldError(state, name);
  const submitted = submittedValue(state, name);
  const value = typeof submitted === "string" ? submitted : defaultValue;
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-red-700 pl-4" : ""}`}>
      <label htmlFor={name} className="block text-lg font-bold">
        {label}
      </label>
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
      <input
        id={name}
        name={name}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        defaultValue={type === "password" ? undefined : value}
        key={type === "password" ? undefined : value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block border-2 p-2 text-lg focus:outline-4 focus:outline-yellow-400 ${
          error ? "border-red-700" : "border-gray-900"
        } ${width === "full" ? "w-full max-w-xl" : "w-full max-w-xs"}`}
      />
    </div>
  );
};
