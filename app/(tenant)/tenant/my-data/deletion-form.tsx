"use client";

import { useActionState } from "react";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { requestDeletionAction } from "./actions";

export const DeletionForm = () => {
  const [state, action] = useActionState(requestDeletionAction, IDLE);
  if (state.status === "ok") return <Notice title="Request received">{state.message}</Notice>;
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={{ confirm: "Confirm" }} />
      <CheckboxGroup
        name="confirm"
        legend="Confirm"
        options={[{ value: "yes", label: "I want Involve to delete my information and close my account" }]}
        state={state}
      />
      <SubmitButton>Ask us to delete my information</SubmitButton>
    </form>
  );
};
