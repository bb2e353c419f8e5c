"use client";

import { useActionState } from "react";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type FormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  consultationId: string;
  /** The landlord's regulatory outcomes, to tag what this "You said, We did" evidences. */
  outcomes: { value: string; label: string }[];
};

export const OutcomeForm = ({ action, consultationId, outcomes }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate>
      <ErrorSummary
        state={state}
        labels={{ youSaid: "You said", outcome: "We did", outcomeCodes: "Outcomes it evidences" }}
      />
      <input type="hidden" name="consultationId" value={consultationId} />
      <TextField
        rows={5}
        name="youSaid"
        label="You said"
        hint="A summary of what tenants told us, with the headline figures, for example: 212 tenants answered and 7 in 10 wanted evening meetings."
        state={state}
      />
      <TextField
        rows={5}
        name="outcome"
        label="We did"
        hint="What you changed, or decided, because of what people said. Plain English: it is published for everyone."
        state={state}
      />
      <CheckboxGroup
        name="outcomeCodes"
        legend="Outcomes it evidences"
        hint="Optional. Tagged outcomes are offered as evidence in the assurance statement and the self-assessment."
        options={outcomes}
        state={state}
      />
      <SubmitButton>Publish outcome</SubmitButton>
    </form>
  );
};
