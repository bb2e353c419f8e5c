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
  secondFactorRequiredFor: "Who must sign in with an authenticator app as well as a password?",
};

// Whoever must use one and has none sets it up the next time they sign in, before any other page opens.
const SECOND_FACTOR = [
  { value: "STAFF", label: "Officers, board members and administrators" },
  { value: "ADMINISTRATORS", label: "Administrators only" },
  { value: "NOBODY", label: "Nobody: a password is enough (each person can still choose to use an app)" },
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
        name="secondFactorRequiredFor"
        legend={LABELS.secondFactorRequiredFor}
        options={SECOND_FACTOR}
        defaultValue={current.secondFactorRequiredFor}
        state={state}
      />
      <SubmitButton>Save settings</SubmitButton>
    </form>
  );
};
