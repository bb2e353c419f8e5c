"use client";

import { ActionForm, type FormField } from "@/components/ui/action-form";
import type { FormState } from "@/lib/actions/form-state";
import type { Section } from "@/lib/communications/schemas";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  communicationId: string;
  position: string;
  section?: Section;
};

/** One section of a draft: heading, text and an optional picture that must have a description. */
export const SectionForm = ({ action, communicationId, position, section }: Props) => {
  const fields: FormField[] = [
    { kind: "text", name: "heading", label: "Heading", defaultValue: section?.heading },
    {
      kind: "textarea",
      name: "text",
      label: "Text",
      hint: "Plain words. Web addresses become links in the email and on the website.",
      rows: 8,
      defaultValue: section?.text,
    },
    ...(section?.image
      ? [
          {
            kind: "radio" as const,
            name: "picture",
            label: "The picture",
            defaultValue: "keep",
            options: [
              { value: "keep", label: "Keep it (or replace it with the file below)" },
              { value: "remove", label: "Remove it" },
            ],
          },
        ]
      : []),
    {
      kind: "file",
      name: "image",
      label: section?.image ? "A new picture (optional)" : "A picture (optional)",
      hint: "A JPEG or PNG file, 5 MB at most. It is shown in the email, on the website and in the printed letter.",
      accept: "image/jpeg,image/png",
    },
    {
      kind: "text",
      name: "alt",
      label: "Describe the picture",
      hint: "Required with a picture: what it shows, for people who cannot see it, in a sentence.",
      defaultValue: section?.image?.alt,
    },
  ];
  return (
    <ActionForm
      action={action}
      hidden={{ communicationId, position }}
      fields={fields}
      submit={section ? "Save the section" : "Add the section"}
    />
  );
};
