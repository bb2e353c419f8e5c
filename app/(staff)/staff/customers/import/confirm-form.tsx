"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE } from "@/lib/actions/form-state";
import { confirmImportAction } from "./actions";

export const ConfirmForm = ({ upload, digest }: { upload: string; digest: string }) => {
  const [state, action] = useActionState(confirmImportAction, IDLE);
  return (
    <form action={action} noValidate className="mt-8">
      <ErrorSummary state={state} labels={{}} />
      <input type="hidden" name="upload" value={upload} />
      <input type="hidden" name="digest" value={digest} />
      <SubmitButton>Import these customers</SubmitButton>
    </form>
  );
};
