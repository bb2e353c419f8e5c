"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, fieldBox, FieldMessages } from "@/components/ui/field-messages";
import { Notice } from "@/components/ui/notice";
import { RadioGroup } from "@/components/ui/radio-group";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { fieldError, IDLE } from "@/lib/actions/form-state";
import { MEMBERSHIP_ROLE_LABEL, optionsFrom } from "@/lib/people/labels";
import { addMembershipAction, endMembershipAction } from "../actions";

const ADD_LABELS = {
  customerReference: "Customer reference",
  role: "Role in the group",
  startedOn: "Date they joined",
};

export const AddMemberForm = ({ groupId, today }: { groupId: string; today: string }) => {
  const [state, action] = useActionState(addMembershipAction, IDLE);
  return (
    <form action={action} noValidate className="mb-10" aria-labelledby="add-member">
      <h2 id="add-member" className="mb-4 text-2xl font-bold">
        Add a member
      </h2>
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={ADD_LABELS} />
      <input type="hidden" name="groupId" value={groupId} />
      <TextField
        name="customerReference"
        label={ADD_LABELS.customerReference}
        hint="For example C00123."
        width="medium"
        state={state}
      />
      <RadioGroup
        name="role"
        legend={ADD_LABELS.role}
        options={optionsFrom(MEMBERSHIP_ROLE_LABEL)}
        defaultValue="MEMBER"
        state={state}
      />
      <TextField
        name="startedOn"
        label={ADD_LABELS.startedOn}
        type="date"
        width="medium"
        defaultValue={today}
        state={state}
      />
      <SubmitButton>Add to the group</SubmitButton>
    </form>
  );
};

type Member = { id: string; label: string };

export const EndMembershipForm = ({ members, today }: { members: Member[]; today: string }) => {
  const [state, action] = useActionState(endMembershipAction, IDLE);
  const memberError = fieldError(state, "membershipId");
  return (
    <form action={action} noValidate className="mb-10" aria-labelledby="end-membership">
      <h2 id="end-membership" className="mb-4 text-2xl font-bold">
        End a membership
      </h2>
      {state.status === "ok" && <Notice title={state.message} />}
      <ErrorSummary state={state} labels={{ membershipId: "Member", endedOn: "Date they left" }} />
      <div className={fieldBox(memberError)}>
        <label htmlFor="membershipId" className="block text-lg font-bold">
          Member
        </label>
        <FieldMessages name="membershipId" error={memberError} />
        <select
          id="membershipId"
          name="membershipId"
          aria-invalid={memberError ? true : undefined}
          aria-describedby={describedBy("membershipId", undefined, memberError)}
          className="mt-1 block w-full max-w-xl border-2 border-gray-900 p-2 text-lg"
        >
          {members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.label}
            </option>
          ))}
        </select>
      </div>
      <TextField name="endedOn" label="Date they left" type="date" width="medium" defaultValue={today} state={state} />
      <SubmitButton kind="secondary">End membership</SubmitButton>
    </form>
  );
};
