"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FileField } from "@/components/ui/file-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { uploadCustomersAction } from "./actions";

const LABELS = { file: "Customer file" };

export const UploadForm = () => {
  const [state, action] = useActionState(uploadCustomersAction, IDLE);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <FileField
        name="file"
        label={LABELS.file}
        hint="A CSV file saved as UTF-8, up to 20 MB. Nothing is changed until you have checked what it will do."
        accept=".csv,text/csv"
        state={state}
      />
      <SubmitButton>Check the file</SubmitButton>
    </form>
  );
};
