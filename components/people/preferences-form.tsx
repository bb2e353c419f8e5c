"use client";

import { useActionState } from "react";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { CHANNEL_LABEL, optionsFrom, SUPPORT_NEED_LABEL } from "@/lib/people/labels";
import type { PreferencesView } from "@/lib/people/queries";

const LABELS = {
  channels: "Ways we may contact you",
  preferredChannel: "Preferred way",
  needs: "Support to take part",
  language: "Language",
  reason: "Reason for making this change",
};

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  current: PreferencesView;
  /** Staff acting for a customer: the form asks for the reason and names the customer. */
  assisted?: { customerId: string };
};

export const PreferencesForm = ({ action, current, assisted }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  const you = assisted ? "the customer" : "you";
  return (
    <form action={formAction} noValidate>
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={LABELS} />
      {assisted && <input type="hidden" name="customerId" value={assisted.customerId} />}
      <CheckboxGroup
        name="channels"
        legend={LABELS.channels}
        hint={`We will only contact ${you} in the ways ticked. Untick one to stop it.`}
        options={optionsFrom(CHANNEL_LABEL)}
        defaultValues={current.channels}
        state={state}
      />
      <RadioGroup
        name="preferredChannel"
        legend={LABELS.preferredChannel}
        options={[{ value: "", label: "No preference" }, ...optionsFrom(CHANNEL_LABEL)]}
        defaultValue={current.preferredChannel ?? ""}
        state={state}
      />
      <CheckboxGroup
        name="needs"
        legend={LABELS.needs}
        hint={`Tell us what would help ${you} take part in meetings, events and surveys.`}
        options={optionsFrom(SUPPORT_NEED_LABEL)}
        defaultValues={current.needs}
        state={state}
      />
      <TextField
        name="language"
        label={LABELS.language}
        hint="Only if you ticked another language, for example Polish."
        defaultValue={current.language}
        width="medium"
        state={state}
      />
      <CheckboxGroup
        name="interpreterNeeded"
        legend="Interpreter"
        options={[{ value: "yes", label: "An interpreter is needed at meetings" }]}
        defaultValues={current.interpreterNeeded ? ["yes"] : []}
        state={state}
      />
      {assisted && (
        <TextField
          name="reason"
          label={LABELS.reason}
          hint="For example: asked by phone on 3 March. This is kept in the audit log."
          state={state}
        />
      )}
      <SubmitButton>Save preferences</SubmitButton>
    </form>
  );
};
