"use client";

import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/actions/form-state";
import type { DraftSubjectKind } from "@/lib/generated/prisma/enums";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  subjectKind: DraftSubjectKind;
  subjectId: string;
  groups: { id: string; name: string }[];
};

export const AskForReviewForm = ({ action, subjectKind, subjectId, groups }: Props) => (
  <ActionForm
    action={action}
    label="Ask a group to review this draft"
    hidden={{ subjectKind, subjectId }}
    submit="Ask the group"
    kind="secondary"
    fields={[
      {
        kind: "radio",
        name: "groupId",
        label: "Which group should read it?",
        options: groups.map((group) => ({ value: group.id, label: group.name })),
      },
      {
        kind: "date",
        name: "closesOn",
        label: "Last day for comments",
        hint: "Members can comment until the end of this day.",
      },
    ]}
  />
);
