import { fieldError, type FormState } from "@/lib/actions/form-state";

type Props = { name: string; label: string; state: FormState; hint?: string; accept?: string };

/** A labelled file input whose hint and error are announced with it. */
export const FileField = ({ name, label, state, hint, accept }: Props) => {
  const error = fieldError(state, name);
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
        type="file"
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="mt-1 block text-lg focus:outline-4 focus:outline-yellow-400"
      />
    </div>
  );
};
