"use client";

import { useActionState } from "react";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import type { RegistrationNeeds } from "@/lib/events/schemas";

const LABELS = {
  reference: "Customer reference",
  interpreterLanguage: "Interpreter",
  dietaryNeeds: "Food and drink",
};

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  eventId: string;
  needs: RegistrationNeeds;
  /** Staff registering someone else: the form asks who, and speaks of "the customer". */
  forCustomer?: boolean;
};

export const RegistrationForm = ({ action, eventId, needs, forCustomer = false }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  const you = forCustomer ? "the customer" : "you";
  const help = [needs.needsTransport && "needsTransport", needs.needsHearingLoop && "needsHearingLoop"].filter(
    (value): value is string => Boolean(value),
  );
  return (
    <form action={formAction} noValidate>
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={LABELS} />
      <input type="hidden" name="eventId" value={eventId} />
      {forCustomer && <TextField name="reference" label={LABELS.reference} hint="For example, C00001." width="medium" state={state} />}
      <CheckboxGroup
        name="support"
        legend={`Help ${you} need to come`}
        hint={forCustomer ? "Ask the customer what would help them come." : "We have ticked what your record says. Change it if you need to."}
        options={[
          { value: "needsTransport", label: "Transport to and from the event" },
          { value: "needsHearingLoop", label: "A hearing loop" },
        ]}
        defaultValues={help}
        state={state}
      />
      <TextField
        name="interpreterLanguage"
        label="Interpreter (optional)"
        hint={`If ${you} need an interpreter, say which language, for example Polish or British Sign Language.`}
        defaultValue={needs.interpreterLanguage}
        width="medium"
        state={state}
      />
      <TextField
        name="dietaryNeeds"
        label="Food and drink (optional)"
        hint="For example vegetarian, halal, or a food allergy."
        defaultValue={needs.dietaryNeeds}
        state={state}
      />
      <SubmitButton>{forCustomer ? "Register the customer" : "Register for this event"}</SubmitButton>
    </form>
  );
};
