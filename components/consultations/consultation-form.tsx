"use client";

import { useActionState } from "react";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { RadioGroup } from "@/components/ui/radio-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type FormState } from "@/lib/actions/form-state";
import { CONSULTATION_TOPIC_LABEL } from "@/lib/consultations/labels";
import { optionsFrom, SUPPORT_NEED_LABEL } from "@/lib/people/labels";
import { equalityAnswerOptions } from "@/lib/reach/rules";

const LABELS = {
  title: "Title",
  summary: "What you are asking about",
  topic: "What it is about",
  opensOn: "Opens on",
  closesOn: "Closes on",
  outcomeDueDays: "Days to publish the outcome",
  audienceAreaIds: "Areas",
  audienceKinds: "Kinds of customer",
  audienceGroupIds: "Groups",
  audienceSupportNeeds: "Support needs",
  audienceEqualityAnswers: "Equality monitoring answers",
};

type Choice = { id: string; name: string };

export type ConsultationValues = {
  id: string;
  title: string;
  summary: string;
  topic: string;
  opensOn: string;
  closesOn: string;
  outcomeDueDays: number;
  audienceAreaIds: string[];
  audienceKinds: string[];
  audienceGroupIds: string[];
  audienceSupportNeeds: string[];
  audienceEqualityAnswers: string[];
};

/** What an audience can be chosen from (getAudienceChoices), the same whether creating or changing. */
export type AudienceChoices = {
  areas: Choice[];
  groups: Choice[];
  questions: { key: string; label: string; options: string[] }[];
  /** The kinds of customer this landlord has (labels.customerKindOptions). */
  kinds: { value: string; label: string }[];
};

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  choices: AudienceChoices;
  today: string;
  /** A draft being changed; without it the form creates a new one. */
  current?: ConsultationValues;
  /** The audience of a new consultation, chosen beforehand (a seldom-heard group on the reach page). */
  audience?: Partial<ConsultationValues>;
};

export const ConsultationForm = ({ action, choices, today, current, audience }: Props) => {
  const { areas, groups, questions, kinds } = choices;
  const chosen = current ?? audience;
  const [state, formAction] = useActionState(action, IDLE);
  const toOptions = (choices: Choice[]) => choices.map((choice) => ({ value: choice.id, label: choice.name }));
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      {current && <input type="hidden" name="consultationId" value={current.id} />}
      <TextField
        name="title"
        label={LABELS.title}
        hint="Plain words tenants will recognise, like “Changes to the repairs service”."
        defaultValue={current?.title}
        state={state}
      />
      <TextField
        rows={5}
        name="summary"
        label={LABELS.summary}
        hint="Shown above the questions and on the public consultations page."
        defaultValue={current?.summary}
        state={state}
      />
      <RadioGroup
        name="topic"
        legend={LABELS.topic}
        options={optionsFrom(CONSULTATION_TOPIC_LABEL)}
        defaultValue={current?.topic ?? "SERVICE_CHANGE"}
        state={state}
      />
      <TextField
        name="opensOn"
        label={LABELS.opensOn}
        type="date"
        width="medium"
        defaultValue={current?.opensOn ?? today}
        state={state}
      />
      <TextField
        name="closesOn"
        label={LABELS.closesOn}
        type="date"
        width="medium"
        hint="It closes at the end of this day, UK time."
        defaultValue={current?.closesOn}
        state={state}
      />
      <TextField
        name="outcomeDueDays"
        label={LABELS.outcomeDueDays}
        hint="How many days after closing you will publish what you did (You said, We did)."
        inputMode="numeric"
        width="medium"
        defaultValue={String(current?.outcomeDueDays ?? 28)}
        state={state}
      />
      <h2 className="mb-2 text-2xl font-bold">Who can respond</h2>
      <p className="mb-4">
        Leave a list unticked to include everyone. Within a list, any one ticked item is enough; across lists, a
        customer must match every list you tick (for example, ticking Hillhead and Leaseholder means leaseholders in
        Hillhead). Only current customers can respond. You will see who this reaches, and how many, before publishing.
      </p>
      <CheckboxGroup
        name="audienceAreaIds"
        legend={LABELS.audienceAreaIds}
        options={toOptions(areas)}
        defaultValues={chosen?.audienceAreaIds}
        state={state}
      />
      <CheckboxGroup
        name="audienceKinds"
        legend={LABELS.audienceKinds}
        options={kinds}
        defaultValues={chosen?.audienceKinds}
        state={state}
      />
      <CheckboxGroup
        name="audienceGroupIds"
        legend={LABELS.audienceGroupIds}
        hint="Members of any ticked group."
        options={toOptions(groups)}
        defaultValues={chosen?.audienceGroupIds}
        state={state}
      />
      <CheckboxGroup
        name="audienceSupportNeeds"
        legend={LABELS.audienceSupportNeeds}
        hint="Customers who asked for any ticked support."
        options={optionsFrom(SUPPORT_NEED_LABEL)}
        defaultValues={chosen?.audienceSupportNeeds}
        state={state}
      />
      <CheckboxGroup
        name="audienceEqualityAnswers"
        legend={LABELS.audienceEqualityAnswers}
        hint="To reach a group that is seldom heard: customers who gave any ticked answer. You see how many, never who."
        options={equalityAnswerOptions(questions)}
        defaultValues={chosen?.audienceEqualityAnswers}
        state={state}
      />
      <SubmitButton>{current ? "Save changes" : "Create consultation"}</SubmitButton>
    </form>
  );
};
