import type { FormState } from "@/lib/actions/form-state";
import { TextField } from "./text-field";

type Props = {
  state: FormState;
  labels: { password: string; confirmPassword: string };
  hint?: string;
};

/**
 * Choosing a password, typed twice: creating an account, accepting an invitation and resetting a password all ask
 * the same way, with `new-password` so a password manager offers to make one. The fields are named as every
 * password schema expects (`password`, `confirmPassword`).
 */
export const NewPasswordFields = ({ state, labels, hint = "Use 12 characters or more." }: Props) => (
  <>
    <TextField
      name="password"
      label={labels.password}
      hint={hint}
      type="password"
      autoComplete="new-password"
      state={state}
    />
    <TextField
      name="confirmPassword"
      label={labels.confirmPassword}
      type="password"
      autoComplete="new-password"
      state={state}
    />
  </>
);
