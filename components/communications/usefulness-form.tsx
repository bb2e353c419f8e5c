"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/actions/form-state";

type Props = { action: (state: FormState, data: FormData) => Promise<FormState>; communicationId: string };

/** "Was this useful?" under a published newsletter; works without JavaScript like every public form. */
export const UsefulnessForm = ({ action, communicationId }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  if (state.status === "ok") {
    return (
      <p role="status" className="mt-8 text-lg font-bold">
        {state.message}
      </p>
    );
  }
  return (
    <form action={formAction} className="mt-8 border-t-2 border-gray-300 pt-6" noValidate>
      <ErrorSummary state={state} labels={{ useful: "Was this useful?" }} />
      <input type="hidden" name="communicationId" value={communicationId} />
      <RadioGroup
        name="useful"
        legend="Was this useful?"
        options={[
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ]}
        state={state}
      />
      <SubmitButton>Send</SubmitButton>
    </form>
  );
};
