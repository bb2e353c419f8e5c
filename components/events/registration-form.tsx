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
  /**
   * The person's place, shown instead of the form once they have one. The refusal of a second registration
   * (a double submission, or a second tab) is still shown above it, JavaScript or not.
   */
  place?: React.ReactNode;
  /** The reference of the customer staff chose from a search, filled in for them. */
  reference?: string;
};

export const RegistrationForm = ({ action, eventId, needs, forCustomer = false, place, reference }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  if (place) {
    return (
      <>
        <ErrorSummary state={state} labels={LABELS} />
        {place}
      </>
    );
  }
  // The verb agrees with its subject: "the customer needs", "you need".
  const youNeed = forCustomer ? "the customer needs" : "you need";
  const help = [needs.needsTransport && "needsTransport", needs.needsHearingLoop && "needsHearingLoop"].filter(
    (value): value is string => Boolean(value),
  );
  return (
    <form action={formAction} noValidate>
      {/* A tenant's outcome is shown by the place that replaces the form; staff stay on the form to register more. */}
      {state.status === "ok" && forCustomer && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={LABELS} />
      <input type="hidden" name="eventId" value={eventId} />
      {forCustomer && (
        <TextField
          name="reference"
          label={LABELS.reference}
          hint="For example, C00001. Or find the customer by name above."
          width="medium"
          defaultValue={reference}
          state={state}
        />
      )}
      <CheckboxGroup
        name="support"
        legend={`Help ${youNeed} to come`}
        hint={
          forCustomer
            ? "Ask the customer. Support on their record is added for you."
            : "We have ticked what your record says. Change it if you need to."
        }
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
        hint={`If ${youNeed} an interpreter, say which language, for example Polish or British Sign Language.`}
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
