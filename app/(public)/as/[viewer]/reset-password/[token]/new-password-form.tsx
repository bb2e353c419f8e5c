"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { resetPasswordAction } from "./actions";

const LABELS = { password: "New password", confirmPassword: "Confirm new password", token: "Reset link" };

export const NewPasswordForm = ({ token }: { token: string }) => {
  const [state, action] = useActionState(resetPasswordAction, IDLE);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields
        labels={LABELS}
        state={state}
        hint="Use 12 characters or more. A few unrelated words make a strong password."
      />
      <SubmitButton>Change password</SubmitButton>
    </form>
  );
};
