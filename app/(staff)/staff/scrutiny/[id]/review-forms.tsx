"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/form-state";
import { optionsFrom } from "@/lib/people/labels";
import { EVIDENCE_KIND_LABEL } from "@/lib/scrutiny/labels";
import {
  addEvidenceAction,
  addRecommendationAction,
  changeReviewStatusAction,
  meetingAgreementAction,
} from "../actions";

type Option = { value: string; label: string };

export const StatusForm = ({ reviewId, next }: { reviewId: string; next: Option[] }) => (
  <ActionForm
    action={changeReviewStatusAction}
    label="Move the review on"
    kind="secondary"
    hidden={{ reviewId }}
    submit="Change the stage"
    fields={[{ kind: "radio", name: "status", label: "Next stage", options: next }]}
  />
);

export const MeetingAgreementForm = ({ reviewId }: { reviewId: string }) => (
  <ActionForm
    action={meetingAgreementAction}
    label="Record the panel's agreement at a meeting"
    kind="secondary"
    hidden={{ reviewId }}
    submit="Record the agreement"
    fields={[
      { kind: "date", name: "agreedAtMeetingOn", label: "Date of the panel's meeting" },
      {
        kind: "text",
        name: "agreedMinuteReference",
        label: "Minute reference",
        hint: "Where the minutes record the agreement, for example 7.2.",
      },
    ]}
  />
);

export const EvidenceForm = ({ reviewId, today }: { reviewId: string; today: string }) => (
  <ActionForm
    action={addEvidenceAction}
    label="Log evidence"
    hidden={{ reviewId }}
    submit="Log the evidence"
    fields={[
      { kind: "radio", name: "kind", label: "Kind of evidence", options: optionsFrom(EVIDENCE_KIND_LABEL) },
      { kind: "date", name: "gatheredOn", label: "Date gathered", defaultValue: today },
      { kind: "textarea", name: "note", label: "Note", hint: "What was looked at or heard. Do not name tenants." },
    ]}
  />
);

const RECOMMENDATION_LABELS = { text: "Recommendation", outcomeCodes: "Outcomes it evidences" };

export const RecommendationForm = ({ reviewId, outcomes }: { reviewId: string; outcomes: Option[] }) => {
  const [state, action] = useActionState(addRecommendationAction, IDLE);
  return (
    <form action={action} noValidate aria-label="Add a recommendation">
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={RECOMMENDATION_LABELS} />
      <input type="hidden" name="reviewId" value={reviewId} />
      <TextField name="text" label={RECOMMENDATION_LABELS.text} rows={4} state={state} />
      <CheckboxGroup
        name="outcomeCodes"
        legend={RECOMMENDATION_LABELS.outcomeCodes}
        hint="Optional."
        options={outcomes}
        state={state}
      />
      <SubmitButton kind="secondary">Add the recommendation</SubmitButton>
    </form>
  );
};
