"use client";

import { ActionForm } from "@/components/ui/action-form";
import { requestStageTwoAction } from "../actions";

export const StageTwoForm = ({ feedbackId, stageTwo }: { feedbackId: string; stageTwo: string }) => (
  <ActionForm
    action={requestStageTwoAction}
    hidden={{ feedbackId }}
    submit={`Ask for ${stageTwo.toLowerCase()}`}
    fields={[
      {
        kind: "textarea",
        name: "reason",
        label: "Why are you not happy with our answer?",
        hint: "Tell us what we got wrong or missed, and what you would like us to do to put it right.",
      },
    ]}
  />
);
