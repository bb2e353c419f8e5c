"use client";

import Link from "next/link";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/form-state";
import { signInAction } from "./actions";

const LABELS = { email: "Email address", password: "Password" };

/** `returnTo` is already checked as a same-site path; the action checks it again, since anyone can post. */
export const SignInForm = ({ returnTo }: { returnTo?: string }) => {
  const [state, action] = useActionState(signInAction, IDLE);
  return (
    <form action={action} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      <TextField name="email" label={LABELS.email} type="email" autoComplete="username" state={state} />
      <TextField
        name="password"
        label={LABELS.password}
        type="password"
        autoComplete="current-password"
        state={state}
      />
      <SubmitButton>Sign in</SubmitButton>
      <p className="mt-6">
        <Link href="/forgot-password">I have forgotten my password</Link>
      </p>
    </form>
  );
};
