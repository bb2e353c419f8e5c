"use client";

import { ActionForm } from "@/components/ui/action-form";
import { requestToJoinAction } from "../../actions";

export const JoinForm = ({ groupId, groupName }: { groupId: string; groupName: string }) => (
  <ActionForm
    action={requestToJoinAction}
    hidden={{ groupId }}
    submit={`Ask to join ${groupName}`}
    fields={[
      {
        kind: "textarea",
        name: "message",
        label: "Anything you would like to tell us (optional)",
        hint: "For example why you would like to join, or help you need to take part.",
      },
    ]}
  />
);
