"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/form-state";
import type { GroupPage } from "@/lib/groups/queries";
import { optionsFrom, RTO_STATUS_LABEL } from "@/lib/people/labels";
import { updateRtoRegistrationAction } from "../actions";
import { isoDay } from "@/lib/uk-time";

const LABELS = {
  rtoRegisteredOn: "Date registered",
  rtoAreaCovered: "Area covered",
  constitutionReceivedOn: "Constitution received",
  annualReturnReceivedOn: "Latest annual return received",
  nextReviewOn: "Next review due",
  rtoStatus: "Status on the register",
  deregistrationReason: "Reason for deregistration",
};

const day = (date: Date | null) => (date ? isoDay(date) : undefined);

export const RtoRegisterForm = ({ group }: { group: GroupPage }) => {
  const [state, action] = useActionState(updateRtoRegistrationAction, IDLE);
  return (
    <form action={action} noValidate className="mb-10">
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={LABELS} />
      <input type="hidden" name="groupId" value={group.id} />
      <TextField
        name="rtoRegisteredOn"
        label={LABELS.rtoRegisteredOn}
        type="date"
        width="medium"
        defaultValue={day(group.rtoRegisteredOn)}
        state={state}
      />
      <TextField
        name="rtoAreaCovered"
        label={LABELS.rtoAreaCovered}
        defaultValue={group.rtoAreaCovered ?? undefined}
        state={state}
      />
      <TextField
        name="constitutionReceivedOn"
        label={LABELS.constitutionReceivedOn}
        type="date"
        width="medium"
        hint="Optional."
        defaultValue={day(group.constitutionReceivedOn)}
        state={state}
      />
      <TextField
        name="annualReturnReceivedOn"
        label={LABELS.annualReturnReceivedOn}
        type="date"
        width="medium"
        hint="Optional."
        defaultValue={day(group.annualReturnReceivedOn)}
        state={state}
      />
      <TextField
        name="nextReviewOn"
        label={LABELS.nextReviewOn}
        type="date"
        width="medium"
        hint="Optional."
        defaultValue={day(group.nextReviewOn)}
        state={state}
      />
      <RadioGroup
        name="rtoStatus"
        legend={LABELS.rtoStatus}
        options={optionsFrom(RTO_STATUS_LABEL)}
        defaultValue={group.rtoStatus ?? "REGISTERED"}
        state={state}
      />
      <TextField
        name="deregistrationReason"
        label={LABELS.deregistrationReason}
        hint="Needed when the organisation is deregistered. Shown on the public register."
        defaultValue={group.deregistrationReason ?? undefined}
        state={state}
      />
      <SubmitButton kind="secondary">Save the register entry</SubmitButton>
    </form>
  );
};
