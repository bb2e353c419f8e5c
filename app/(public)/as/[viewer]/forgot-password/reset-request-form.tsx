"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/form-state";
import { requestResetAction } from "./actions";

const LABELS = { email: "Email address" };

export const ResetRequestForm = () => {
  const [state, action] = useActionState(requestResetAction, IDLE);
  if (state.status === "ok") {
    return (
      <Notice title="Check your email">
        <p>{state.message}</p>
      </Notice>
    );
  }
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <TextField
        name="email"
        label={LABELS.email}
        hint="The address you use to sign in to Involve."
        type="email"
        autoComplete="email"
        state={state}
      />
      <SubmitButton>Send me a reset link</SubmitButton>
    </form>
  );
};
