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

const LABELS = { name: "Landlord's name", regime: "Where the landlord reports" };

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
      <SubmitButton>Save settings</SubmitButton>
    </form>
  );
};
