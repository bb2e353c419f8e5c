"use client";

import { useActionState } from "react";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/form-state";
import { optionsFrom } from "@/lib/people/labels";
import { TOPIC_SOURCE_LABEL } from "@/lib/scrutiny/labels";
import { createReviewAction, updateReviewAction } from "./actions";

const LABELS = {
  panelId: "Scrutiny panel running the review",
  title: "Title of the review",
  topicSource: "Where the topic came from",
  topicDetail: "Which theme, indicator or suggestion",
  scope: "What the review will look at (scope)",
  outcomeCodes: "Outcomes the review evidences",
  findings: "Findings",
};

type Option = { value: string; label: string };

type Review = {
  id: string;
  panelId: string;
  title: string;
  topicSource: string;
  topicDetail: string;
  scope: string;
  outcomeCodes: string[];
  findings: string | null;
};

type Props = { panels: Option[]; outcomes: Option[]; topics: string[]; review?: Review };

/** Starts a review, or edits one (with its findings) when `review` is given. */
export const ReviewForm = ({ panels, outcomes, topics, review }: Props) => {
  const [state, action] = useActionState(review ? updateReviewAction : createReviewAction, IDLE);
  return (
    <form action={action} noValidate className="mb-10 max-w-2xl">
      <ErrorSummary state={state} labels={LABELS} />
      {review && <input type="hidden" name="reviewId" value={review.id} />}
      <RadioGroup
        name="panelId"
        legend={LABELS.panelId}
        options={panels}
        defaultValue={review?.panelId ?? (panels.length === 1 ? panels[0]?.value : undefined)}
        state={state}
      />
      <TextField name="title" label={LABELS.title} defaultValue={review?.title} state={state} />
      <RadioGroup
        name="topicSource"
        legend={LABELS.topicSource}
        options={optionsFrom(TOPIC_SOURCE_LABEL)}
        defaultValue={review?.topicSource}
        state={state}
      />
      <TextField
        name="topicDetail"
        label={LABELS.topicDetail}
        hint="Pick a KPI or a feedback theme from the list as you type, or describe a tenant's suggestion in your own words."
        defaultValue={review?.topicDetail}
        suggestions={topics}
        state={state}
      />
      <TextField name="scope" label={LABELS.scope} rows={5} defaultValue={review?.scope} state={state} />
      <CheckboxGroup
        name="outcomeCodes"
        legend={LABELS.outcomeCodes}
        hint="Optional. Tagged reviews are listed as evidence for the annual assurance statement."
        options={outcomes}
        defaultValues={review?.outcomeCodes}
        state={state}
      />
      {review && (
        <TextField
          name="findings"
          label={LABELS.findings}
          hint="What the panel found. Needed before the report goes to the landlord."
          rows={8}
          defaultValue={review.findings ?? undefined}
          state={state}
        />
      )}
      <SubmitButton>{review ? "Save the review" : "Start the review"}</SubmitButton>
    </form>
  );
};
