"use client";

import { useActionState } from "react";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE } from "@/lib/actions/form-state";
import { GROUP_TYPE_LABEL, optionsFrom } from "@/lib/people/labels";
import { createGroupAction, updateGroupAction } from "./actions";

const LABELS = {
  name: "Name of the group",
  type: "Kind of group",
  description: "What the group does",
  takesNewMembers: "New members",
  timeAsked: "Time it asks for",
  meetingsAsked: "How and when it meets",
  skillsAsked: "Skills that help",
};

type Group = {
  id: string;
  name: string;
  type: string;
  description: string | null;
  takesNewMembers: boolean;
  timeAsked: string | null;
  meetingsAsked: string | null;
  skillsAsked: string | null;
};

type Props = { group?: Group };

/** Adds a group, or edits one when `group` is given. */
export const GroupDetailsForm = ({ group }: Props) => {
  const [state, action] = useActionState(group ? updateGroupAction : createGroupAction, IDLE);
  return (
    <form action={action} noValidate className="mb-10">
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={LABELS} />
      {group && <input type="hidden" name="groupId" value={group.id} />}
      <TextField name="name" label={LABELS.name} defaultValue={group?.name} state={state} />
      <RadioGroup
        name="type"
        legend={LABELS.type}
        options={optionsFrom(GROUP_TYPE_LABEL)}
        defaultValue={group?.type}
        state={state}
      />
      <TextField
        name="description"
        label={LABELS.description}
        hint="Optional. One or two sentences."
        defaultValue={group?.description ?? undefined}
        state={state}
      />
      <CheckboxGroup
        name="takesNewMembers"
        legend={LABELS.takesNewMembers}
        options={[{ value: "yes", label: "Takes new members: list it on the Ways to get involved page" }]}
        defaultValues={group?.takesNewMembers ? ["yes"] : []}
        state={state}
      />
      <TextField
        name="timeAsked"
        label={LABELS.timeAsked}
        hint="Optional. For example: about 4 hours a month."
        defaultValue={group?.timeAsked ?? undefined}
        state={state}
      />
      <TextField
        name="meetingsAsked"
        label={LABELS.meetingsAsked}
        hint="Optional. For example: monthly, weekday evenings, at the office or online."
        defaultValue={group?.meetingsAsked ?? undefined}
        state={state}
      />
      <TextField
        name="skillsAsked"
        label={LABELS.skillsAsked}
        hint="Optional. For example: none needed, we give training."
        defaultValue={group?.skillsAsked ?? undefined}
        state={state}
      />
      {/* On an existing group's page, adding members is the main step; editing its details is secondary. */}
      <SubmitButton kind={group ? "secondary" : "primary"}>
        {group ? "Save group details" : "Add the group"}
      </SubmitButton>
    </form>
  );
};
