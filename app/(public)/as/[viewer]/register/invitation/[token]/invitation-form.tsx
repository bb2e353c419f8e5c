"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/form-state";
import { acceptInvitationAction } from "../../actions";

const LABELS = {
  lastName: "Your last name",
  password: "Choose a password",
  confirmPassword: "Confirm password",
  token: "Invitation link",
};

export const InvitationForm = ({ token, askLastName }: { token: string; askLastName: boolean }) => {
  const [state, action] = useActionState(acceptInvitationAction, IDLE);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <input type="hidden" name="token" value={token} />
      {askLastName && (
        <TextField name="lastName" label={LABELS.lastName} autoComplete="family-name" width="medium" state={state} />
      )}
      <NewPasswordFields labels={LABELS} state={state} />
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
};
