"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/form-state";
import { secondFactorAction } from "../actions";

const LABELS = { code: "Code" };

export const CodeForm = () => {
  const [state, action] = useActionState(secondFactorAction, IDLE);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <TextField
        name="code"
        label={LABELS.code}
        hint="For example, 123456"
        inputMode="numeric"
        autoComplete="one-time-code"
        width="medium"
        state={state}
      />
      <SubmitButton>Continue</SubmitButton>
    </form>
  );
};
