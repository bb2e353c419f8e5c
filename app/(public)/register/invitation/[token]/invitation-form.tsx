"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/form-state";
import { acceptInvitationAction } from "../../actions";

const LABELS = { password: "Choose a password", confirmPassword: "Confirm password", token: "Invitation link" };

export const InvitationForm = ({ token }: { token: string }) => {
  const [state, action] = useActionState(acceptInvitationAction, IDLE);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        label={LABELS.password}
        hint="Use 12 characters or more."
        type="password"
        autoComplete="new-password"
        state={state}
      />
      <TextField
        name="confirmPassword"
        label={LABELS.confirmPassword}
        type="password"
        autoComplete="new-password"
        state={state}
      />
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
};
