"use client";

import { useActionState } from "react";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { fieldBox, FieldMessages } from "@/components/ui/field-messages";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { fieldError, IDLE, submittedValue, type FormState } from "@/lib/actions/form-state";
import { CARD_HINT, CARD_OPTIONS } from "@/lib/communications/cards";
import type { Audience } from "@/lib/communications/schemas";
import { TextMessageField } from "./text-message-field";

type Option = { value: string; label: string };

const LABELS: Record<string, string> = {
  title: "Title",
  summary: "Summary",
  textMessage: "Text message version",
  audience: "Who it is for",
  cards: "Cards from the portal",
  ...Object.fromEntries(
    [1, 2, 3].flatMap((n) => [
      [`heading${n}`, `Section ${n} heading`],
      [`text${n}`, `Section ${n} text`],
    ]),
  ),
};

type AudienceList = keyof Omit<Audience, "everyone">;

const AUDIENCE_LISTS: { name: AudienceList; legend: string; hint?: string }[] = [
  { name: "areaIds", legend: "Areas" },
  { name: "kinds", legend: "Kinds of customer" },
  { name: "groupIds", legend: "Groups" },
  { name: "supportNeeds", legend: "Support needs" },
  {
    name: "equalityAnswers",
    legend: "Equality monitoring answers",
    hint: "To reach a group that is seldom heard. You see how many, never who.",
  },
];

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  options: Record<AudienceList, Option[]>;
  sampleLink: string;
  /** Boxes ticked before anything is posted, such as a seldom-heard group's from the reach page. */
  chosen?: Omit<Audience, "everyone">;
};

export const CommunicationForm = ({ action, options, sampleLink, chosen }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  const audienceError = fieldError(state, "audience");
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      <TextField name="title" label={LABELS.title as string} state={state} />
      <TextField
        name="summary"
        label={LABELS.summary as string}
        hint="One or two sentences: shown in the archive and at the top of the email and letter."
        rows={2}
        state={state}
      />
      {[1, 2, 3].map((n) => (
        <fieldset key={n} className="mb-6 border-l-4 border-gray-300 pl-4">
          <legend className="mb-2 text-xl font-bold">
            Section {n}
            {n > 1 && " (optional)"}
          </legend>
          <TextField name={`heading${n}`} label="Heading" state={state} />
          <TextField
            name={`text${n}`}
            label="Text"
            hint="Plain words. Web addresses become links in the email and on the website."
            rows={5}
            state={state}
          />
        </fieldset>
      ))}
      <CheckboxGroup
        name="cards"
        legend={LABELS.cards as string}
        hint={CARD_HINT}
        options={CARD_OPTIONS}
        state={state}
      />
      <TextMessageField state={state} label={LABELS.textMessage as string} sampleLink={sampleLink} />
      <fieldset className={fieldBox(audienceError)} id="audience">
        <legend className="text-xl font-bold">{LABELS.audience}</legend>
        <FieldMessages
          name="audience"
          hint="Everyone, or anyone in the areas, kinds of customer or groups, or with the support needs or equality answers, you tick. Each person gets it once."
          error={audienceError}
        />
        <div className="my-4 flex items-center gap-3">
          <input
            type="checkbox"
            id="everyone"
            name="everyone"
            value="yes"
            defaultChecked={submittedValue(state, "everyone") === "yes"}
            className="h-6 w-6"
          />
          <label htmlFor="everyone" className="text-lg">
            Everyone
          </label>
        </div>
        {AUDIENCE_LISTS.map((list) => (
          <CheckboxGroup
            key={list.name}
            {...list}
            options={options[list.name]}
            defaultValues={chosen?.[list.name]}
            state={state}
          />
        ))}
      </fieldset>
      <SubmitButton>Save and preview</SubmitButton>
    </form>
  );
};
