import type { FormField } from "@/components/ui/action-form";
import { CHANNEL_LABEL, KIND_LABEL, options, SERVICE_AREA_LABEL } from "@/lib/feedback/labels";

/** What the feedback is and what it is about: the same on every form. */
export const aboutFields: FormField[] = [
  {
    kind: "radio",
    name: "kind",
    label: "What would you like to tell us?",
    options: [
      { value: "COMPLIMENT", label: "A compliment: something we did well" },
      { value: "COMMENT", label: "A comment" },
      { value: "SUGGESTION", label: "A suggestion: an idea to do things better" },
      { value: "COMPLAINT", label: "A complaint: something went wrong and you want us to put it right" },
    ],
  },
  { kind: "radio", name: "serviceArea", label: "Which service is it about?", options: options(SERVICE_AREA_LABEL) },
  {
    kind: "textarea",
    name: "details",
    label: "Your feedback",
    hint: "Tell us what happened, when and where, and what you would like us to do. Please do not include anyone else's personal details.",
    rows: 6,
  },
];

/** How to reply to someone who is not signed in. */
export const contactFields = (who: "you" | "them"): FormField[] => [
  {
    kind: "heading",
    name: "contact-heading",
    label: who === "you" ? "How we can reply to you" : "How to reply to them",
  },
  { kind: "text", name: "contactName", label: "Name", autoComplete: who === "you" ? "name" : "off" },
  {
    kind: "text",
    name: "contactEmail",
    label: "Email address",
    hint: "Give an email address, a phone number, or both.",
    type: "email",
    autoComplete: who === "you" ? "email" : "off",
  },
  {
    kind: "text",
    name: "contactPhone",
    label: "Phone number",
    type: "tel",
    autoComplete: who === "you" ? "tel" : "off",
  },
];

/** What an officer adds when the feedback came by phone, letter, visit or email. */
export const officerFields = (today: string): FormField[] => [
  {
    kind: "radio",
    name: "channel",
    label: "How it reached us",
    options: options(CHANNEL_LABEL).filter((option) => option.value !== "ONLINE"),
  },
  {
    kind: "date",
    name: "receivedOn",
    label: "Date it reached us",
    hint: "The clocks start on this day.",
    defaultValue: today,
  },
  ...aboutFields.map((field) =>
    field.name === "kind"
      ? { ...field, label: "Kind of feedback", options: options(KIND_LABEL) }
      : field.name === "details"
        ? { ...field, label: "What they said", hint: undefined }
        : field,
  ),
  { kind: "heading", name: "who-heading", label: "Who it is from" },
  {
    kind: "text",
    name: "customerReference",
    label: "Customer reference",
    hint: "For a customer we know, like C00001. Otherwise leave it blank and fill in their name and contact details.",
  },
  ...contactFields("them").slice(1),
];

/** A photo a signed-in tenant may add: only they and staff see it, so the public form does not offer it. */
export const photoField: FormField = {
  kind: "file",
  name: "photo",
  label: "A photo (optional)",
  hint: "For example of damp or a broken fence. A JPEG or PNG image of 5 MB at most. Only you and our staff can see it.",
  accept: "image/jpeg,image/png",
};
