"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { RadioGroup } from "@/components/ui/radio-group";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, submittedValue, type FormState } from "@/lib/actions/form-state";
import { EVENT_FORMAT_LABEL, EVENT_KIND_LABEL } from "@/lib/events/labels";
import type { EventFormValues } from "@/lib/events/form-values";
import type { EventFormOptions } from "@/lib/events/queries";
import { optionsFrom } from "@/lib/people/labels";

const LABELS = {
  title: "Name of the event",
  description: "What happens",
  kind: "Kind of event",
  format: "How people take part",
  venue: "Venue",
  joiningLink: "Joining link for an online event",
  accessibilityNotes: "Access at the venue",
  areaId: "Area",
  groupId: "Group",
  courseId: "Training course",
  partners: "Partner organisations",
  startsAt: "Starts",
  endsAt: "Ends",
  capacity: "Number of places",
  registrationOpensAt: "Registration opens",
  registrationClosesAt: "Registration closes",
};

const TIME_HINT = "Day, month, year and time, in UK time.";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  options: EventFormOptions;
  values?: EventFormValues;
  eventId?: string;
  submitLabel: string;
};

export const EventForm = ({ action, options, values = {}, eventId, submitLabel }: Props) => {
  const [state, formAction] = useActionState(action, IDLE);
  // Selects keep what was sent when the form comes back with errors.
  const selected = (name: string) => {
    const sent = submittedValue(state, name);
    return typeof sent === "string" ? sent : values[name];
  };
  const select = (
    name: "areaId" | "groupId" | "courseId",
    list: { value: string; label: string }[],
    emptyLabel: string,
  ) => (
    <div className="mb-6 max-w-xl" key={`${name}-${selected(name)}`}>
      <SelectField
        name={name}
        label={LABELS[name]}
        options={list}
        defaultValue={selected(name)}
        emptyLabel={emptyLabel}
      />
    </div>
  );
  return (
    <form action={formAction} noValidate>
      <ErrorSummary state={state} labels={LABELS} />
      {eventId && <input type="hidden" name="eventId" value={eventId} />}
      <TextField name="title" label={LABELS.title} defaultValue={values.title} state={state} />
      <TextField
        name="description"
        label={LABELS.description}
        hint="Optional. Plain words, as you would say it."
        defaultValue={values.description}
        rows={4}
        state={state}
      />
      <RadioGroup
        name="kind"
        legend={LABELS.kind}
        options={optionsFrom(EVENT_KIND_LABEL)}
        defaultValue={values.kind}
        state={state}
      />
      <RadioGroup
        name="format"
        legend={LABELS.format}
        options={optionsFrom(EVENT_FORMAT_LABEL)}
        defaultValue={values.format ?? "IN_PERSON"}
        state={state}
      />
      <TextField
        name="venue"
        label={LABELS.venue}
        hint="Needed unless the event is online only."
        defaultValue={values.venue}
        state={state}
      />
      <TextField
        name="joiningLink"
        label={LABELS.joiningLink}
        hint="Optional. The video call's address, starting https://. Only people with a place see it."
        defaultValue={values.joiningLink}
        state={state}
      />
      <TextField
        name="accessibilityNotes"
        label={LABELS.accessibilityNotes}
        hint="Optional. For example step-free entrance, accessible toilet, hearing loop, parking."
        defaultValue={values.accessibilityNotes}
        rows={4}
        state={state}
      />
      {select("areaId", options.areas, "All areas")}
      {select("groupId", options.groups, "Not a group's event")}
      {select("courseId", options.courses, "Not a training session")}
      <TextField
        name="partners"
        label={LABELS.partners}
        hint="Optional. One organisation per line, if you run the event with others."
        defaultValue={values.partners}
        rows={3}
        state={state}
      />
      <TextField
        name="startsAt"
        type="datetime-local"
        label={LABELS.startsAt}
        hint={TIME_HINT}
        defaultValue={values.startsAt}
        width="medium"
        state={state}
      />
      <TextField
        name="endsAt"
        type="datetime-local"
        label={LABELS.endsAt}
        hint={TIME_HINT}
        defaultValue={values.endsAt}
        width="medium"
        state={state}
      />
      <TextField
        name="capacity"
        type="number"
        label={LABELS.capacity}
        hint="Optional. Leave empty for no limit. When it is full, people join a waiting list."
        defaultValue={values.capacity}
        width="medium"
        state={state}
      />
      <TextField
        name="registrationOpensAt"
        type="datetime-local"
        label={LABELS.registrationOpensAt}
        hint="Optional. Leave empty to open registration now."
        defaultValue={values.registrationOpensAt}
        width="medium"
        state={state}
      />
      <TextField
        name="registrationClosesAt"
        type="datetime-local"
        label={LABELS.registrationClosesAt}
        hint="Optional. Leave empty to close registration when the event starts."
        defaultValue={values.registrationClosesAt}
        width="medium"
        state={state}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
};
