"use client";

import { ActionForm } from "@/components/ui/action-form";
import { optionsFrom } from "@/lib/people/labels";
import { RESPONSE_LABEL } from "@/lib/scrutiny/labels";
import { recordProgressAction, respondAction } from "../../../actions";

type Response = {
  response: string | null;
  responseReason: string | null;
  action: string | null;
  actionOwner: string | null;
  dueOn: string | null;
};

export const ResponseForm = ({ recommendationId, current }: { recommendationId: string; current: Response }) => (
  <ActionForm
    action={respondAction}
    label="The landlord's response"
    hidden={{ recommendationId }}
    submit="Save the response"
    fields={[
      {
        kind: "radio",
        name: "response",
        label: "Response",
        options: optionsFrom(RESPONSE_LABEL),
        defaultValue: current.response ?? undefined,
      },
      {
        kind: "textarea",
        name: "responseReason",
        label: "Why (if rejected or partly accepted)",
        hint: "Needed unless the recommendation is fully accepted. Tenants will read this.",
        defaultValue: current.responseReason ?? undefined,
      },
      {
        kind: "textarea",
        name: "action",
        label: "What the landlord will do",
        hint: "Needed unless rejected.",
        defaultValue: current.action ?? undefined,
      },
      {
        kind: "text",
        name: "actionOwner",
        label: "Who owns the action",
        hint: "A job title, for example Head of Repairs.",
        defaultValue: current.actionOwner ?? undefined,
      },
      { kind: "date", name: "dueOn", label: "Date the action is due", defaultValue: current.dueOn ?? undefined },
    ]}
  />
);

export const ProgressForm = ({ recommendationId, today }: { recommendationId: string; today: string }) => (
  <ActionForm
    action={recordProgressAction}
    label="Record progress"
    hidden={{ recommendationId }}
    submit="Save the progress update"
    fields={[
      { kind: "textarea", name: "note", label: "What has been done" },
      { kind: "date", name: "recordedOn", label: "Date of the update", defaultValue: today },
      {
        kind: "radio",
        name: "completes",
        label: "Is the action complete?",
        options: [
          { value: "no", label: "No, still in progress" },
          { value: "yes", label: "Yes, the action is complete" },
        ],
        defaultValue: "no",
      },
    ]}
  />
);
