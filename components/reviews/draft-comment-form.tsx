"use client";

import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/actions/form-state";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  reviewId: string;
  headings: string[];
};

/** A member's comment on the whole draft or one section; an ordinary form post, so it works without JavaScript. */
export const DraftCommentForm = ({ action, reviewId, headings }: Props) => (
  <ActionForm
    action={action}
    label="Comment on this draft"
    hidden={{ reviewId }}
    submit="Send my comment"
    fields={[
      {
        kind: "radio",
        name: "section",
        label: "What is your comment about?",
        defaultValue: "",
        options: [
          { value: "", label: "The whole draft" },
          ...headings.map((heading) => ({ value: heading, label: `The section "${heading}"` })),
        ],
      },
      {
        kind: "textarea",
        name: "text",
        label: "Your comment",
        hint: "For example what is unclear, what is missing, or what you like. Officers read every comment.",
        rows: 6,
      },
    ]}
  />
);
