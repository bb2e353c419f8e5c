/** The ids a field's aria-describedby names: its hint and its error, when it has them. */
export const describedBy = (name: string, hint?: string, error?: string) =>
  [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(" ") || undefined;

/** Marks a field in error with a red bar, as the error summary's links lead to it. */
export const fieldBox = (error?: string) => `mb-6 ${error ? "border-l-4 border-red-700 pl-4" : ""}`;

/** A field's hint and error, with the ids describedBy gives, so screen readers announce them with the field. */
export const FieldMessages = ({ name, hint, error }: { name: string; hint?: string; error?: string }) => (
  <>
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
  </>
);
