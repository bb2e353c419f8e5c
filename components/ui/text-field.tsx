import { fieldError, submittedValue, type FormState } from "@/lib/actions/form-state";

type Props = {
  name: string;
  label: string;
  state: FormState;
  hint?: string;
  type?: "text" | "email" | "password" | "tel" | "date" | "number" | "datetime-local";
  autoComplete?: string;
  defaultValue?: string;
  width?: "full" | "medium";
  /** Makes it a multi-line box of this many rows, for longer answers. */
  rows?: number;
};

/** A labelled input (or multi-line box) whose hint and error are announced with it (aria-describedby). */
export const TextField = ({ name, label, state, hint, type = "text", autoComplete, defaultValue, width = "full", rows }: Props) => {
  const error = fieldError(state, name);
  const submitted = submittedValue(state, name);
  const value = typeof submitted === "string" ? submitted : defaultValue;
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;
  const control = {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className: `mt-1 block border-2 p-2 text-lg focus:outline-4 focus:outline-yellow-400 ${error ? "border-red-700" : "border-gray-900"} ${
      width === "full" ? "w-full max-w-xl" : "w-full max-w-xs"
    }`,
  };
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
      {rows ? (
        <textarea id={name} name={name} rows={rows} defaultValue={value} key={value} {...control} />
      ) : (
        <input
          id={name}
          name={name}
          type={type}
          autoComplete={autoComplete}
          defaultValue={type === "password" ? undefined : value}
          key={type === "password" ? undefined : value}
          {...control}
        />
      )}
    </div>
  );
};
