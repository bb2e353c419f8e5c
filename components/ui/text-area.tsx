import { fieldError, submittedValue, type FormState } from "@/lib/actions/form-state";

type Props = { name: string; label: string; state: FormState; hint?: string; defaultValue?: string; rows?: number };

/** A labelled multi-line box whose hint and error are announced with it. */
export const TextArea = ({ name, label, state, hint, defaultValue, rows = 5 }: Props) => {
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
      <textarea
        id={name}
        name={name}
        rows={rows}
        defaultValue={value}
        key={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`mt-1 block w-full max-w-2xl border-2 p-2 text-lg focus:outline-4 focus:outline-yellow-400 ${error ? "border-red-700" : "border-gray-900"}`}
      />
    </div>
  );
};
