"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FileField } from "@/components/ui/file-field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type FormState } from "@/lib/actions/form-state";

const LABELS = { title: "Document title", file: "PDF file" };

type Props = { action: (state: FormState, data: FormData) => Promise<FormState>; consultationId: string };

export const DocumentForm = ({ action, consultationId }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate aria-labelledby="attach-document" className="mb-8">
      <h3 id="attach-document" className="mb-2 text-xl font-bold">
        Attach a document
      </h3>
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={LABELS} />
      <input type="hidden" name="consultationId" value={consultationId} />
      <TextField
        name="title"
        label={LABELS.title}
        hint="For example, Draft repairs policy or Large print summary."
        state={state}
      />
      <FileField
        name="file"
        label={LABELS.file}
        hint="A PDF of up to 10 MB. Tenants can read it online and print it."
        accept=".pdf,application/pdf"
        state={state}
      />
      <SubmitButton kind="secondary">Attach document</SubmitButton>
    </form>
  );
};
