"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/form-state";
import { confirmEnrolmentAction } from "./actions";

const LABELS = { code: "Code from the app" };

export const EnrolmentForm = () => {
  const [state, action] = useActionState(confirmEnrolmentAction, IDLE);
  if (state.status === "ok") {
    return (
      <div role="status" className="mb-6 border-4 border-green-800 p-4">
        <h3 className="text-xl font-bold">Your authenticator app is set up</h3>
        <p className="mt-2">
          Write down or print these recovery codes and keep them somewhere safe. Each works once, instead of a code from
          the app. This is the only time we show them.
        </p>
        <ul className="mt-2 grid grid-cols-2 gap-2 font-mono text-lg" data-testid="recovery-codes">
          {state.message.split(" ").map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <TextField
        name="code"
        label={LABELS.code}
        hint="6 digits, for example 123456"
        inputMode="numeric"
        autoComplete="one-time-code"
        width="medium"
        state={state}
      />
      <SubmitButton>Turn on</SubmitButton>
    </form>
  );
};
