"use client";

import { useActionState } from "react";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

/** A known customer who came without registering, found by their reference. */
export const WalkInForm = ({ action, eventId }: { action: Action; eventId: string }) => {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate aria-label="Add a walk-in">
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={{ reference: "Customer reference or name" }} />
      <input type="hidden" name="eventId" value={eventId} />
      <TextField
        name="reference"
        label="Customer reference or name"
        hint="For example, C00001 or Jane Smith."
        width="medium"
        state={state}
      />
      <SubmitButton>Add walk-in</SubmitButton>
    </form>
  );
};

/** People who came but did not give names: the total is set, not added to, so saving twice is harmless. */
export const UnnamedAttendeesForm = ({
  action,
  eventId,
  current,
}: {
  action: Action;
  eventId: string;
  current: number;
}) => {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate aria-label="People who did not give names">
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={{ unnamedAttendees: "People who did not give names" }} />
      <input type="hidden" name="eventId" value={eventId} />
      <TextField
        name="unnamedAttendees"
        type="number"
        label="People who did not give names"
        hint="The total for the whole event, not just since you last saved."
        defaultValue={String(current)}
        width="medium"
        state={state}
      />
      <SubmitButton kind="secondary">Save the number</SubmitButton>
    </form>
  );
};

type StaffProps = { action: Action; eventId: string; staff: { value: string; label: string }[]; present: string[] };

export const StaffPresentForm = ({ action, eventId, staff, present }: StaffProps) => {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate aria-label="Staff at the event">
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={{ userIds: "Staff at the event" }} />
      <input type="hidden" name="eventId" value={eventId} />
      <CheckboxGroup name="userIds" legend="Staff at the event" options={staff} defaultValues={present} state={state} />
      <SubmitButton kind="secondary">Save staff</SubmitButton>
    </form>
  );
};
