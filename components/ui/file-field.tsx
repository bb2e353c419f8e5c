import { describedBy, fieldBox, FieldMessages } from "./field-messages";
import { fieldError, type FormState } from "@/lib/actions/form-state";

type Props = { name: string; label: string; state: FormState; hint?: string; accept?: string };

/** A labelled file input whose hint and error are announced with it. */
export const FileField = ({ name, label, state, hint, accept }: Props) => {
  const error = fieldError(state, name);
  return (
    <div className={fieldBox(error)}>
      <label htmlFor={name} className="block text-lg font-bold">
        {label}
      </label>
      <FieldMessages name={name} hint={hint} error={error} />
      <input
        id={name}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className="mt-1 block w-full max-w-xl text-lg focus:outline-4 focus:outline-yellow-400"
      />
    </div>
  );
};
