"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type FormState } from "@/lib/actions/form-state";

const LABELS = { title: "Name of the course", description: "What people learn" };

export const CourseForm = ({ action }: { action: (state: FormState, data: FormData) => Promise<FormState> }) => {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate>
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={LABELS} />
      <TextField name="title" label={LABELS.title} hint="For example, Scrutiny skills." state={state} />
      <TextField name="description" label={LABELS.description} hint="Optional." rows={3} state={state} />
      <SubmitButton>Add the course</SubmitButton>
    </form>
  );
};
