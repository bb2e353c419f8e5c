"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FileField } from "@/components/ui/file-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** The file field's label, and the labels of any other fields, for the error summary. */
  labels: { file: string } & Record<string, string>;
  hint: string;
  submit: string;
  hidden?: Record<string, string>;
  /** Fields asked for beside the file, given the form's state so they show their errors. */
  fields?: (state: FormState) => React.ReactNode;
};

/** Uploads a CSV file to be checked before anything is written: customers, survey responses, complaints. */
export const CsvUploadForm = ({ action, labels, hint, submit, hidden = {}, fields }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={labels} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FileField name="file" label={labels.file} hint={hint} accept=".csv,text/csv" state={state} />
      {fields?.(state)}
      <SubmitButton>{submit}</SubmitButton>
    </form>
  );
};
