"use client";

import { ActionForm } from "@/components/ui/action-form";
import { decideJoinRequestAction } from "../actions";

export const DecisionForm = ({ requestId }: { requestId: string }) => (
  <ActionForm
    action={decideJoinRequestAction}
    hidden={{ requestId }}
    submit="Save the decision"
    fields={[
      {
        kind: "radio",
        name: "decision",
        label: "Your decision",
        options: [
          { value: "ACCEPT", label: "Accept: they become a member today" },
          { value: "DECLINE", label: "Decline" },
        ],
      },
      {
        kind: "textarea",
        name: "declineReason",
        label: "Why the request is declined",
        hint: "Needed when you decline. The tenant is told this, so write it for them.",
      },
    ]}
  />
);
