"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/form-state";
import type { LandlordSettings } from "@/lib/landlord/schemas";
import { updateSettingsAction } from "./actions";

const LABELS = {
  name: "Landlord's name",
  regime: "Where the landlord reports",
  requireSecondFactor: "Must officers, board members and administrators sign in with an authenticator app?",
};

const SECOND_FACTOR = [
  { value: "yes", label: "Yes: a code from an app on their phone as well as their password" },
  { value: "no", label: "No: a password is enough (each person can still choose to use an app)" },
];

const REGIMES = [
  { value: "ENGLAND", label: "England: Regulator of Social Housing, Tenant Satisfaction Measures" },
  { value: "SCOTLAND", label: "Scotland: Scottish Housing Regulator, Annual Return on the Charter" },
];

export const SettingsForm = ({ current }: { current: LandlordSettings }) => {
  const [state, action] = useActionState(updateSettingsAction, IDLE);
  return (
    <form action={action} noValidate>
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={LABELS} />
      <TextField name="name" label={LABELS.name} defaultValue={current.name} state={state} />
      <RadioGroup name="regime" legend={LABELS.regime} options={REGIMES} defaultValue={current.regime} state={state} />
      <RadioGroup
        name="requireSecondFactor"
        legend={LABELS.requireSecondFactor}
        options={SECOND_FACTOR}
        defaultValue={current.requireSecondFactor ? "yes" : "no"}
        state={state}
      />
      <SubmitButton>Save settings</SubmitButton>
    </form>
  );
};
