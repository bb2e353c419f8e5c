"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { acceptInvitationAction } from "../../actions";

const LABELS = { password: "Choose a password", confirmPassword: "Confirm password", token: "Invitation link" };

export const InvitationForm = ({ token }: { token: string }) => {
  const [state, action] = useActionState(acceptInvitationAction, IDLE);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields labels={LABELS} state={state} />
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
};
