"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FileField } from "@/components/ui/file-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/actions/form-state";

const LABELS = { file: "Responses file" };

type Props = { action: (state: FormState, data: FormData) => Promise<FormState>; roundId: string };

export const ResponsesUploadForm = ({ action, roundId }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <input type="hidden" name="roundId" value={roundId} />
      <FileField
        name="file"
        label={LABELS.file}
        hint="A CSV file saved as UTF-8, up to 20 MB. Nothing is stored until you have checked what it will do."
        accept=".csv,text/csv"
        state={state}
      />
      <SubmitButton>Check the file</SubmitButton>
    </form>
  );
};
