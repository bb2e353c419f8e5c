"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/form-state";
import { updateReachGapAction } from "./actions";

const LABELS = { reachGapPoints: "Seldom heard when under-represented by at least (percentage points)" };

export const ReachGapForm = ({ current }: { current: number }) => {
  const [state, action] = useActionState(updateReachGapAction, IDLE);
  return (
    <form action={action} noValidate className="max-w-2xl">
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={LABELS} />
      <TextField
        name="reachGapPoints"
        label={LABELS.reachGapPoints}
        hint="A whole number from 1 to 50. For example, 5 lists a group that is 20% of customers but under 15% of those involved."
        inputMode="numeric"
        width="medium"
        defaultValue={String(current)}
        state={state}
      />
      <SubmitButton>Save threshold</SubmitButton>
    </form>
  );
};
