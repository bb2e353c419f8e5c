"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { NewPasswordFields } from "@/components/ui/new-password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/form-state";
import { registerAction } from "./actions";

const LABELS = {
  reference: "Customer reference",
  postcode: "Postcode of your home",
  email: "Email address",
  password: "Choose a password",
  confirmPassword: "Confirm password",
};

export const RegistrationForm = () => {
  const [state, action] = useActionState(registerAction, IDLE);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <TextField
        name="reference"
        label={LABELS.reference}
        hint="On your tenancy agreement or rent statement, for example C00123."
        width="medium"
        state={state}
      />
      <TextField name="postcode" label={LABELS.postcode} autoComplete="postal-code" width="medium" state={state} />
      <TextField
        name="email"
        label={LABELS.email}
        hint="You will use this to sign in."
        type="email"
        autoComplete="email"
        state={state}
      />
      <NewPasswordFields labels={LABELS} state={state} />
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
};
