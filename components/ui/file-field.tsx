import { describedBy, fieldBox, FieldMessages } from "./field-messages";
import { fieldError, type FormState } from "@/lib/actions/form-state";

type Props = { name: string; id?: string; label: string; state: FormState; hint?: string; accept?: string };

/** A labelled file input whose hint and error are announced with it. */
export const FileField = ({ name, id = name, label, state, hint, accept }: Props) => {
  const error = fieldError(state, name);
  return (
    <div className={fieldBox(error)}>
      <label htmlFor={id} className="block text-lg font-bold">
        {label}
      </label>
      <FieldMessages name={id} hint={hint} error={error} />
      <input
        id={id}
        name={name}
        type="file"
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="mt-1 block w-full max-w-xl text-lg focus:outline-4 focus:outline-yellow-400"
      />
    </div>
  );
};
